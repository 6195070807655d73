// Drives app.py with the session API (shared/spec/interfaces.md): start, then resume on every
// wake-up — an animation frame, a timer deadline, a click, a settled host call.
import app from './app.py';

const out = document.getElementById('out');
const state = document.getElementById('state');
let frameRequested = false;
let timer = null;
let queued = false; // true when work was handed to the session since the last resume()

const session = app.start({
  print: (text) => {
    out.textContent += text;
  },
  onWake: () => drive(),
});

function drive() {
  if (session.status === 'running') return;
  if (session.status.startsWith('pending')) {
    // Work may be queued (events, a frame): run it.
    if (queued) {
      queued = false;
      session.resume();
    }
  }
  state.textContent = session.status;
  switch (session.status) {
    case 'pending-frame':
      if (!frameRequested) {
        frameRequested = true;
        requestAnimationFrame(() => {
          frameRequested = false;
          session.frame();
          queued = true;
          drive();
        });
      }
      break;
    case 'pending-timer':
      clearTimeout(timer);
      timer = setTimeout(() => {
        queued = true;
        drive();
      }, Math.max(0, session.deadline - performance.now()));
      break;
    case 'error':
      console.error(session.error.traceback);
      state.textContent = 'error: ' + session.error.message;
      break;
    default:
      break; // pending-event / pending-host: wait for a click or onWake; done: nothing left
  }
}

for (const button of document.querySelectorAll('button[data-event]')) {
  button.addEventListener('click', () => {
    session.pushEvent(button.dataset.event);
    queued = true;
    drive();
  });
}
drive();
