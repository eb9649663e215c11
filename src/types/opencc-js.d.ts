/** OpenCC's traditional → simplified character table, as opencc-js publishes it: "繁 简|…". */
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}
