// SPDX-License-Identifier: MIT
// A 3.1.1-only MQTT broker for Canopy's tests: aedes on 127.0.0.1:PORT, in memory, nothing persisted.
//   node server.js PORT
// Prints "aedes ready on 127.0.0.1:PORT" once it accepts connections; ends on SIGTERM or SIGINT.
import net from 'node:net'
import { Aedes } from 'aedes'

const port = Number.parseInt(process.argv[2] ?? '', 10)
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error('usage: node server.js PORT')
  process.exit(2)
}

const broker = await Aedes.createBroker()
const server = net.createServer(broker.handle)
server.on('error', (error) => {
  console.error(`aedes could not listen on 127.0.0.1:${port}: ${error.message}`)
  process.exit(1)
})
server.listen(port, '127.0.0.1', () => {
  console.log(`aedes ready on 127.0.0.1:${port}`)
})

function stop () {
  server.close()
  broker.close(() => process.exit(0))
  setTimeout(() => process.exit(0), 1000).unref()
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
