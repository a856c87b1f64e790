/**
 * Preloaded (`node --require dist/bench/cpu-probe.js`) into the bench's children: answers a `cpu-usage` message on
 * the IPC channel with the child's own process.cpuUsage(), so that the bench reads each process's CPU to the
 * microsecond, without touching the code under test. The channel does not keep the child alive.
 */
if (process.send) {
  process.on('message', (message) => {
    if (message === 'cpu-usage') process.send!({ cpuUsage: process.cpuUsage() });
  });
  process.channel?.unref();
}
