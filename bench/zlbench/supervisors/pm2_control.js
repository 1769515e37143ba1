// The PM2 session's API client: PM2's own programmatic API (require("pm2"), as an application
// would use it), connected once to the daemon of PM2_HOME. Reads one command a line on stdin,
// "stop NAME", "start NAME" (NAME may be "all"), and answers each with one line, "ok" or
// "error MESSAGE", once the daemon has answered it.
"use strict";
const readline = require("readline");
const pm2 = require(process.argv[2]);

function answer(error) {
  process.stdout.write(error ? `error ${error.message || JSON.stringify(error)}\n` : "ok\n");
}

pm2.connect((error) => {
  if (error) {
    process.stdout.write(`error ${error.message}\n`);
    process.exit(1);
  }
  process.stdout.write("connected\n");
  const lines = readline.createInterface({ input: process.stdin });
  lines.on("line", (line) => {
    const [command, name] = line.trim().split(/\s+/);
    if (command === "stop") {
      pm2.stop(name, answer);
    } else if (command === "start") {
      pm2.restart(name, answer);
    } else {
      answer(new Error(`unknown command ${command}`));
    }
  });
  lines.on("close", () => pm2.disconnect());
});
