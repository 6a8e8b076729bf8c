// The built-in pages, in sidebar order, with the authority each needs and the data services it waits for.
import { addPage } from '../console.js'
import Status from './status.js'
import Sandbox from './sandbox.js'
import Plugins from './plugins.js'
import Logs from './logs.js'
import Commands from './commands.js'
import Database from './database.js'
import Users from './users.js'
import Account from './account.js'

export function registerBuiltins() {
  addPage({ name: 'page.status', path: '/status', fields: ['bots'], authority: 1, order: 10, component: Status })
  addPage({ name: 'page.sandbox', path: '/sandbox', fields: ['sandbox'], authority: 4, order: 20, component: Sandbox })
  addPage({ name: 'page.plugins', path: '/plugins', fields: ['plugins'], authority: 4, order: 30, component: Plugins })
  addPage({ name: 'page.logs', path: '/logs', fields: ['logs'], authority: 4, order: 40, component: Logs })
  addPage({ name: 'page.commands', path: '/commands', fields: ['commands'], authority: 1, order: 50, component: Commands })
  addPage({ name: 'page.database', path: '/database', authority: 3, order: 60, component: Database })
  addPage({ name: 'page.users', path: '/users', authority: 4, order: 70, component: Users })
  addPage({ name: 'page.account', path: '/account', authority: 1, order: 80, component: Account })
}
