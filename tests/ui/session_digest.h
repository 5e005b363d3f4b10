// Everything a view could draw, as text: statistics, CPU, every frame's metadata and first
// bytes, the journal's length. Two Sessions with the same digest look the same in every view
// (the player tests compare the player's state with a synchronous run this way).
#pragma once

#include "machine/machine.h"
#include "machine/session.h"

#include <sstream>
#include <string>

namespace pagelab::test {

inline std::string digest(const Session& s)
{
    const Machine& m = s.machine();
    const Stats& st = m.stats();
    std::ostringstream o;
    o << st.accesses << ' ' << st.tlbHits << ' ' << st.tlbMisses << ' ' << st.walks << ' ' << st.pageFaults
      << ' ' << st.minorFaults << ' ' << st.majorFaults << ' ' << st.swapOuts << ' ' << st.swapIns << ' '
      << st.evictions << ' ' << st.writebacks << " cr3=" << m.cpu().cr3 << " journal=" << s.journal().size()
      << '\n';
    for (Pfn pfn = 0; pfn < m.memory().frameCount(); ++pfn) {
        const FrameInfo& f = m.memory().info(pfn);
        o << pfn << ':' << int(f.use) << ',' << int(f.level) << ',' << f.mapCount << ',' << f.owner << ','
          << m.memory().read64(pfn * kPageSize) << ',' << m.memory().read64(pfn * kPageSize + 8) << '\n';
    }
    return o.str();
}

} // namespace pagelab::test
