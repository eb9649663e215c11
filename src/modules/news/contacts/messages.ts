import { defineMessages } from '../../../web/i18n/define.js';

export const contactsMessages = defineMessages(
  {
    'news.contacts.title': 'Contacts',
    'news.contacts.lead': 'Whom to ask about each part of the programme.',
    'news.contacts.empty': 'No contacts have been listed yet.',
    'news.contacts.editLink': 'Edit the contacts',
    'news.contacts.editTitle': 'Edit the contacts',
    'news.contacts.editLead':
      'Each topic names one person from the directory. The order here is the order on the page.',
    'news.contacts.addTitle': 'Add a topic',
    'news.contacts.changeTitle': 'Change a topic',
    'news.contacts.topic': 'Topic',
    'news.contacts.person': 'Contact person',
    'news.contacts.personHint':
      'People come from the directory; add the person there first if they are missing.',
    'news.contacts.choosePerson': 'Choose a person',
    'news.contacts.email': 'E-mail',
    'news.contacts.unknownPerson': 'Choose a person from the directory.',
    'news.contacts.noPeople': 'The directory has no people yet.',
  },
  {
    'news.contacts.title': '联系方式',
    'news.contacts.lead': '项目各项工作的联系人。',
    'news.contacts.empty': '尚未列出联系人。',
    'news.contacts.editLink': '编辑联系方式',
    'news.contacts.editTitle': '编辑联系方式',
    'news.contacts.editLead': '每个事项对应名录中的一名联系人。此处的顺序即页面上的显示顺序。',
    'news.contacts.addTitle': '添加事项',
    'news.contacts.changeTitle': '修改事项',
    'news.contacts.topic': '事项',
    'news.contacts.person': '联系人',
    'news.contacts.personHint': '联系人取自名录；如未找到，请先在名录中添加。',
    'news.contacts.choosePerson': '请选择联系人',
    'news.contacts.email': '电子邮箱',
    'news.contacts.unknownPerson': '请从名录中选择联系人。',
    'news.contacts.noPeople': '名录中尚无人员。',
  },
);
