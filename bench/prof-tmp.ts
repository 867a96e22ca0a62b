import { runEngineCases } from './engine-cases'
console.log(JSON.stringify(await runEngineCases({ seconds: 4, rounds: 1, connections: 8 })))
