// The module's UI messages join the platform's catalogue when the module is loaded.
import './messages.js';

export { registerDirectoryApi } from './api.js';
export { BOM, CsvError, type CsvValue, parseCsv, readCsvRecords, restoreCell, writeCsv } from './csv.js';
export {
  decodeUpload,
  type ImportLanguage,
  importRejected,
  type RowError,
  rejectedRows,
} from './import-common.js';
export { registerDirectoryPages } from './routes.js';
export { organisationSearchText, personSearchText } from './search.js';
export { MIIT_SECTORS, SECTOR_CODES, sectorLabel } from './sectors.js';
