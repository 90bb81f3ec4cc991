#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal and plays a script against it, for tests of what a person sees.

Usage: ptydriver.py SCRIPT_JSON -- command args...
SCRIPT_JSON is a list of steps: {"expect": "regex"} waits for new output matching it (after what the
previous expect matched; 10 s at most, a limit for a stuck program, not a timing), {"send": "text"} types
text at once (use "\\r" for Enter, "\\u0003" for Ctrl-C, "\\u001b[B" for arrow down), {"run": [argv]}
runs another command to its end (e.g. a second user's change while a prompt waits).
No step sleeps: an answer is typed when its prompt is seen.
Prints a JSON object: {"code": exit code, "output": everything the terminal showed, "failed": step or
null, "runs": exit codes of the run steps}.
"""
import json, os, pty, re, select, subprocess, sys, time, signal

def main():
    sep = sys.argv.index('--')
    steps = json.loads(sys.argv[1])
    cmd = sys.argv[sep + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.setdefault('TERM', 'xterm-256color')
        os.execvp(cmd[0], cmd)
    out = b''
    failed = None
    runs = []
    # Where the next expect starts looking: a prompt counts only once it is drawn anew.
    mark = 0

    def read(timeout):
        nonlocal out
        r, _, _ = select.select([fd], [], [], timeout)
        if r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                return False
            if not data:
                return False
            out += data
        return True

    for i, step in enumerate(steps):
        if 'expect' in step:
            pattern = re.compile(step['expect'])
            deadline = time.time() + step.get('timeout', 10)
            while True:
                text = out.decode('utf8', 'replace')
                m = pattern.search(text, mark)
                if m:
                    mark = m.end()
                    break
                if time.time() > deadline or not read(0.1):
                    failed = {'step': i, 'expect': step['expect']}
                    break
            if failed:
                break
        elif 'send' in step:
            os.write(fd, step['send'].encode('utf8'))
        elif 'run' in step:
            runs.append(subprocess.run(step['run'], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode)
    deadline = time.time() + 15
    code = None
    while time.time() < deadline:
        read(0.05)
        wpid, status = os.waitpid(pid, os.WNOHANG)
        if wpid:
            code = os.waitstatus_to_exitcode(status)
            break
    if code is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        code = -9
    while read(0.05):
        pass
    print(json.dumps({'code': code, 'output': out.decode('utf8', 'replace'), 'failed': failed, 'runs': runs}))

main()
