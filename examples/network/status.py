# Deferred host calls under gather: each fetch parks its own coroutine, the host resolves them
# concurrently, and each result (or error) goes back to the coroutine that asked.
from network import fetch_text

BASE = "http://127.0.0.1:8765"

async def status(path):
    try:
        body = fetch_text(BASE + path)
        return f"{path}: ok ({len(body)} bytes)"
    except Exception as e:
        return f"{path}: failed ({type(e).__name__})"

for line in gather(status("/hello"), status("/missing"), status("/slow")):
    print(line)
