import { defineMessages } from '../define.js';

/** Working an incident after it is opened (SPEC §16): edit, link, unlink. */
export default defineMessages(
  ['edit'],
  () => ({
    'edit.done': 'edited {ref} {priority} ({status}) {title}',
    'edit.changed': 'changed: {fields}',
    'edit.unchanged': '{ref} is unchanged: every value given is the one it has (nothing written)',
    'edit.nothingToChange': 'nothing to change: give at least one of --title, --description, --scope, --category, --service, --tag, --impact, --urgency',
    'edit.keep': '(Enter keeps the current value; a single - clears it)',
    'edit.notSet': '(not set)',
    'edit.prompt.description': 'Description',
    'edit.prompt.scope': 'Scope (users, departments, systems)',
    'edit.prompt.category': 'Category',
    'edit.prompt.service': 'Service',
    'edit.prompt.tags': 'Tags (comma-separated)',
  }),
  () => ({
    'edit.done': '{ref} を修正しました {priority}({status}) {title}',
    'edit.changed': '変更した項目: {fields}',
    'edit.unchanged': '{ref} は変わりません: 指定した値はすべて今の値と同じです(何も書き込んでいません)',
    'edit.nothingToChange': '変更する項目がありません: --title・--description・--scope・--category・--service・--tag・--impact・--urgency のいずれかを指定してください',
    'edit.keep': '(Enter で現在の値のまま、- だけで削除)',
    'edit.notSet': '(未設定)',
    'edit.prompt.description': '詳細',
    'edit.prompt.scope': '影響範囲(利用者・部署・システム)',
    'edit.prompt.category': 'カテゴリ',
    'edit.prompt.service': 'サービス',
    'edit.prompt.tags': 'タグ(カンマ区切り)',
  }),
);
