#!/usr/bin/env python3
"""Times how long a command waits after `open`: runs `dossier --no-rc SESSION -c COMMAND`, reads
its combined output, and prints when the `opened …` line and the command's first line appeared.
Usage: Benchmarks/first_result_wait.py .build/release/dossier SESSION.json ['search minister --limit 3']"""
import subprocess, sys, time

binary, session = sys.argv[1], sys.argv[2]
command = sys.argv[3] if len(sys.argv) > 3 else 'search minister --limit 3'
start = time.monotonic()
p = subprocess.Popen([binary, '--no-rc', session, '-c', command],
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
opened = first = None
for line in p.stdout:
    t = time.monotonic() - start
    if opened is None and line.startswith('opened'):
        opened = t
    elif opened is not None and first is None and line.strip():
        first = t
p.wait()
end = time.monotonic() - start
if opened is None or first is None:
    sys.exit(f'no "opened" line or no output after it (exit status {p.returncode})')
print(f'opened at {opened:.2f} s, first line of {command!r} at {first:.2f} s: '
      f'waited {first - opened:.2f} s; exit at {end:.2f} s')
