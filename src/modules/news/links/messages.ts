import { defineMessages } from '../../../web/i18n/define.js';

export const linksMessages = defineMessages(
  {
    'news.links.title': 'Useful links',
    'news.links.lead': 'Other sites with information on intellectual property for officials and SMEs.',
    'news.links.empty': 'No links have been listed yet.',
    'news.links.editLink': 'Edit the links',
    'news.links.editTitle': 'Edit the useful links',
    'news.links.editLead': 'Only web addresses starting with http:// or https:// are accepted.',
    'news.links.addTitle': 'Add a link',
    'news.links.changeTitle': 'Change a link',
    'news.links.linkTitle': 'Title',
    'news.links.description': 'Description',
    'news.links.url': 'Web address',
    'news.links.urlHint': 'A full address, for example https://www.wipo.int/.',
    'news.links.badUrl': 'Enter a web address starting with http:// or https://.',
  },
  {
    'news.links.title': '相关链接',
    'news.links.lead': '面向主管部门官员和中小企业的其他知识产权信息网站。',
    'news.links.empty': '尚未列出链接。',
    'news.links.editLink': '编辑链接',
    'news.links.editTitle': '编辑相关链接',
    'news.links.editLead': '仅接受以 http:// 或 https:// 开头的网址。',
    'news.links.addTitle': '添加链接',
    'news.links.changeTitle': '修改链接',
    'news.links.linkTitle': '标题',
    'news.links.description': '简介',
    'news.links.url': '网址',
    'news.links.urlHint': '完整网址，例如 https://www.wipo.int/。',
    'news.links.badUrl': '请输入以 http:// 或 https:// 开头的网址。',
  },
);
