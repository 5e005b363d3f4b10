#!/usr/bin/env python3
"""Regenerate the lists of engine sentences that lupdate reads (translations/README.md):

  ui/eventlog/event_messages.cpp      from engine/journal/message.cpp (messageKeys() order),
                                      context EventMessage
  ui/console/command_messages.cpp     from engine/machine/command_messages.h and
                                      engine/script/script_messages.h (every constant, in file
                                      order), context CommandMessage
"""
import os, re, shutil, subprocess, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONSTANT = re.compile(r'(?:inline\s+)?constexpr const char\* (k\w+)\s*=\s*((?:"(?:[^"\\]|\\.)*"\s*)+);')


def constants(path):
    """The string constants of a source file, as (name, C literal body), in file order."""
    src = open(os.path.join(ROOT, path)).read()
    return [(m.group(1), ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2)))) for m in CONSTANT.finditer(src)]


def entry(context, s):
    line = '        QT_TRANSLATE_NOOP("%s", "%s"),' % (context, s)
    if len(line) <= 110:
        return line
    # split long literals so clang-format keeps them as they are (after a blank, keeping
    # every blank: leading ones indent a line of the console)
    chunks, cur = [], ''
    for piece in re.findall(r' *[^ ]+ ?| +', s):
        if cur.strip() and len(cur) + len(piece.rstrip(' ')) > 80:
            chunks.append(cur)
            cur = piece
        else:
            cur += piece
    chunks.append(cur)
    return '        QT_TRANSLATE_NOOP("%s",\n' % context + '\n'.join('            "%s"' % c for c in chunks) + '),'


def write(target, header, function, context, sources, origin):
    out = '''#include "%s"

#include <QtGlobal>

namespace pagelab::ui {

// Generated from %s by
// translations/update_event_messages.py; tests/ui/test_event_messages.cpp fails when they differ.
const std::vector<const char*>& %s()
{
    static const std::vector<const char*> sources {
%s
    };
    return sources;
}

} // namespace pagelab::ui
''' % (header, origin, function, '\n'.join(entry(context, s) for s in sources))
    path = os.path.join(ROOT, target)
    open(path, 'w').write(out)
    # The repository's style (the code_is_formatted test), with Debian 12's clang-format 14.
    for tool in ('clang-format-14', 'clang-format'):
        if shutil.which(tool):
            subprocess.run([tool, '-i', path], check=True)
            break


# Events: in messageKeys() order.
events = dict(constants('engine/journal/message.cpp'))
src = open(os.path.join(ROOT, 'engine/journal/message.cpp')).read()
body = re.search(r'messageKeys\(\)\s*\{.*?keys\s*\{(.*?)\};', src, re.S).group(1)
order = [k.strip() for k in body.split(',') if k.strip()]
missing = [k for k in order if k not in events]
if missing:
    sys.exit('unparsed: %s' % missing)
write('ui/eventlog/event_messages.cpp', 'eventlog/event_messages.h', 'eventMessageSources', 'EventMessage',
      [events[k] for k in order], 'engine/journal/message.cpp (messageKeys() order)')

# Command output and errors: every constant of the two headers, each text once.
commands = []
for path in ('engine/machine/command_messages.h', 'engine/script/script_messages.h'):
    for name, text in constants(path):
        if text not in commands:
            commands.append(text)
write('ui/console/command_messages.cpp', 'console/command_messages.h', 'commandMessageSources', 'CommandMessage',
      commands, 'engine/machine/command_messages.h and\n// engine/script/script_messages.h (every constant, in file order)')
print(len(order), 'event messages,', len(commands), 'command messages')
