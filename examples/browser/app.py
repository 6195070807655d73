# A page that animates with frame() and reacts to clicks through receive(). The page's script
# (main.js) drives the program with the session API: requestAnimationFrame -> session.frame(),
# DOM clicks -> session.pushEvent().

clicks = 0
frames = 0
stopping = False             # set when listen() fails, so animate() ends too

async def animate():
    global frames
    while clicks < 3 and not stopping:
        frame()              # one render frame
        frames += 1
        if frames % 30 == 0:
            print(f"frame {frames}")

async def listen():
    global clicks, stopping
    while clicks < 3:
        msg = receive()      # parks until the page pushes an event
        if msg == "boom":
            stopping = True  # gather raises only once every coroutine has ended
            raise ValueError("the page asked for an error")
        clicks += 1
        print(f"click {clicks}: {msg}")

gather(listen(), animate())
print(f"done after {clicks} clicks")
