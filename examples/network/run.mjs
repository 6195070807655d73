// Starts a loopback HTTP server on port 8765, then runs status.py with `edgepy run`.
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const server = createServer((req, res) => {
  if (req.url === '/hello') res.end('hello from the host');
  else if (req.url === '/slow') setTimeout(() => res.end('finally'), 200);
  else {
    res.statusCode = 404;
    res.end('not found');
  }
});
server.listen(8765, '127.0.0.1', () => {
  const cli = fileURLToPath(new URL('../../bin/edgepy.js', import.meta.url));
  const script = fileURLToPath(new URL('./status.py', import.meta.url));
  const child = spawn(process.execPath, [cli, 'run', script], { stdio: 'inherit' });
  child.on('exit', (code) => {
    server.close();
    process.exitCode = code ?? 1;
  });
});
