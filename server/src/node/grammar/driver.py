#!/usr/bin/env python3
"""
qe driver for Grammalecte: the language server and qe-check speak to it through stdin/stdout, one JSON object per
line (never a socket). Grammalecte is the user's own installed program (GPL-3.0): it is imported, never shipped.

    python3 driver.py [--path FOLDER]      FOLDER holds the `grammalecte` package (an unzipped Grammalecte)

Out, once loaded: {"ready": true, "version": "2.1.2", "options": ["apos", ...]}
             or: {"ready": false, "error": "..."} and exit status 3.
In:  {"id": 1, "options": {"apos": false, ...}}   out: {"id": 1, "ok": true}
In:  {"id": 2, "text": "paragraph"}               out: {"id": 2, "errors": [{"start", "end", "type", "rule",
                                                       "message", "suggestions"}]}   (or {"id": 2, "error": "..."})
Offsets are UTF-16 code units (those of JavaScript strings). Output is ASCII JSON: no encoding trouble on any pipe.
"""
import json
import sys


# Grammalecte prints some notices with print(): they go to stderr, the protocol alone to stdout.
PROTOCOL = sys.stdout
sys.stdout = sys.stderr


def send(value):
    PROTOCOL.write(json.dumps(value) + "\n")
    PROTOCOL.flush()


def utf16_offsets(text):
    """Maps code-point offsets to UTF-16 offsets; None when they are the same (no astral character)."""
    if all(ord(char) < 0x10000 for char in text):
        return None
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) >= 0x10000 else 1))
    return offsets


def main():
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--path":
        sys.path.insert(0, args[1])
    try:
        import grammalecte
        checker = grammalecte.GrammarChecker("fr")
        engine = checker.getGCEngine()
        version = getattr(engine, "version", "")
        options = sorted(engine.getOptions().keys())
    except Exception as error:  # any failure to load is reported, never a traceback on the pipe
        send({"ready": False, "error": "%s: %s" % (type(error).__name__, error)})
        sys.exit(3)
    send({"ready": True, "version": version, "options": options})
    stdin = sys.stdin.buffer
    for line in stdin:
        line = line.strip()
        if not line:
            continue
        request_id = None
        try:
            request = json.loads(line.decode("utf-8"))
            request_id = request.get("id")
            if "options" in request:
                engine.setOptions({key: bool(value) for key, value in request["options"].items()})
                send({"id": request_id, "ok": True})
                continue
            text = request["text"]
            grammar_errors, _spelling = checker.getParagraphErrors(text)
            offsets = utf16_offsets(text)
            errors = []
            for error in grammar_errors:
                start, end = error["nStart"], error["nEnd"]
                if offsets is not None:
                    start, end = offsets[start], offsets[end]
                errors.append({
                    "start": start,
                    "end": end,
                    "type": error.get("sType", ""),
                    "rule": error.get("sRuleId", ""),
                    "message": error.get("sMessage", ""),
                    "suggestions": list(error.get("aSuggestions", [])),
                })
            send({"id": request_id, "errors": errors})
        except Exception as error:
            send({"id": request_id, "error": "%s: %s" % (type(error).__name__, error)})


if __name__ == "__main__":
    main()
