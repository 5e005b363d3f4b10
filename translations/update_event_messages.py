#!/usr/bin/env python3
"""Regenerate ui/eventlog/event_messages.cpp from engine/journal/message.cpp (messageKeys order)."""
import os, re, shutil, subprocess, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = open(os.path.join(ROOT, 'engine/journal/message.cpp')).read()
consts = {}
for m in re.finditer(r'constexpr const char\* (k\w+)\s*=\s*((?:"(?:[^"\\]|\\.)*"\s*)+);', src):
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2))
    consts[m.group(1)] = ''.join(parts)
body = re.search(r'messageKeys\(\)\s*\{.*?keys\s*\{(.*?)\};', src, re.S).group(1)
order = [k.strip() for k in body.split(',') if k.strip()]
missing = [k for k in order if k not in consts]
if missing:
    sys.exit('unparsed: %s' % missing)
lines = []
for k in order:
    s = consts[k]
    entry = '        QT_TRANSLATE_NOOP("EventMessage", "%s"),' % s
    if len(entry) > 110:
        # split long literals so clang-format keeps them as they are
        words = s.split(' ')
        chunks, cur = [], ''
        for w in words:
            if cur and len(cur) + len(w) + 1 > 80:
                chunks.append(cur + ' ')
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        chunks.append(cur)
        entry = '        QT_TRANSLATE_NOOP("EventMessage",\n' + '\n'.join('            "%s"' % c for c in chunks) + '),'
    lines.append(entry)
out = '''#include "eventlog/event_messages.h"

#include <QtGlobal>

namespace pagelab::ui {

// Generated from engine/journal/message.cpp (messageKeys() order) by
// translations/update_event_messages.py; tests/ui/test_event_messages.cpp fails when they differ.
const std::vector<const char*>& eventMessageSources()
{
    static const std::vector<const char*> sources {
%s
    };
    return sources;
}

} // namespace pagelab::ui
''' % '\n'.join(lines)
target = os.path.join(ROOT, 'ui/eventlog/event_messages.cpp')
open(target, 'w').write(out)
# The repository's style (the code_is_formatted test), with Debian 12's clang-format 14.
for tool in ('clang-format-14', 'clang-format'):
    if shutil.which(tool):
        subprocess.run([tool, '-i', target], check=True)
        break
print(len(order), 'messages')
