<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandMessage</name>
    <message>
        <source>machine: %1 paging, %2 frames (%3 KiB), TLB %4, PCID off, policy %5</source>
        <translation>machine: %1-Paging, %2 Frames (%3 KiB), TLB %4, PCID aus, Strategie %5</translation>
    </message>
    <message>
        <source>machine: %1 paging, %2 frames (%3 KiB), TLB %4, PCID on, policy %5</source>
        <translation>machine: %1-Paging, %2 Frames (%3 KiB), TLB %4, PCID an, Strategie %5</translation>
    </message>
    <message>
        <source>&apos;machine&apos; resets the whole simulation and must come before any other command of the scenario</source>
        <translation>&apos;machine&apos; setzt die ganze Simulation zurück und muss vor jedem anderen Befehl des Szenarios stehen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is part of the scenario language, but this version of PageLab does not run it yet</source>
        <translation>&apos;%1&apos; gehört zur Szenariosprache, aber diese Version von PageLab führt ihn noch nicht aus</translation>
    </message>
    <message>
        <source>expect failed: %1</source>
        <translation>expect fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no process named &apos;%1&apos; (create one with: process NAME)</source>
        <translation>kein Prozess namens &apos;%1&apos; (einen anlegen mit: process NAME)</translation>
    </message>
    <message>
        <source>no process named &apos;%1&apos;; processes: %2</source>
        <translation>kein Prozess namens &apos;%1&apos;; Prozesse: %2</translation>
    </message>
    <message>
        <source>a process named &apos;%1&apos; already exists</source>
        <translation>ein Prozess namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>ram=%1 is not a whole number of 4 KiB frames</source>
        <translation>ram=%1 ist keine ganze Zahl von 4-KiB-Frames</translation>
    </message>
    <message>
        <source>policy=opt needs the future accesses, which the kernel cannot know; it is valid for trace and workload runs only (pagelab-cli replay/mrc --policy opt)</source>
        <translation>policy=opt braucht die künftigen Zugriffe, die der Kernel nicht kennen kann; sie gilt nur für Trace- und Workload-Läufe (pagelab-cli replay/mrc --policy opt)</translation>
    </message>
    <message>
        <source>nxe=1: 32-bit paging has no execute-disable bit (use paging=pae or higher)</source>
        <translation>nxe=1: 32-Bit-Paging hat kein Execute-Disable-Bit (paging=pae oder höher verwenden)</translation>
    </message>
    <message>
        <source>cpu: CR0.WP=%1 CR4.SMEP=%2 CR4.SMAP=%3 EFER.NXE=%4 CR4.PGE=%5 CR4.PSE=%6 EFLAGS.AC=%7</source>
        <translation>cpu: CR0.WP=%1 CR4.SMEP=%2 CR4.SMAP=%3 EFER.NXE=%4 CR4.PGE=%5 CR4.PSE=%6 EFLAGS.AC=%7</translation>
    </message>
    <message>
        <source>process %1: pid %2, top-level table in frame %3</source>
        <translation>Prozess %1: PID %2, oberste Tabelle in Frame %3</translation>
    </message>
    <message>
        <source>process %1: pid %2, top-level table in frame %3, PCID %4</source>
        <translation>Prozess %1: PID %2, oberste Tabelle in Frame %3, PCID %4</translation>
    </message>
    <message>
        <source>process %1: pid %2, top-level table in frame %3, %4 VMAs (text, data, heap, stack)</source>
        <translation>Prozess %1: PID %2, oberste Tabelle in Frame %3, %4 VMAs (Text, Daten, Heap, Stack)</translation>
    </message>
    <message>
        <source>process %1: pid %2, top-level table in frame %3, PCID %4, %5 VMAs (text, data, heap, stack)</source>
        <translation>Prozess %1: PID %2, oberste Tabelle in Frame %3, PCID %4, %5 VMAs (Text, Daten, Heap, Stack)</translation>
    </message>
    <message>
        <source>switch to %1: CR3 = %2</source>
        <translation>Wechsel zu %1: CR3 = %2</translation>
    </message>
    <message>
        <source>(switched to %1 first)</source>
        <translation>(zuerst zu %1 gewechselt)</translation>
    </message>
    <message>
        <source>user read</source>
        <translation>User-Lesen</translation>
    </message>
    <message>
        <source>user write</source>
        <translation>User-Schreiben</translation>
    </message>
    <message>
        <source>user fetch</source>
        <translation>User-Befehlsabruf</translation>
    </message>
    <message>
        <source>supervisor read</source>
        <translation>Supervisor-Lesen</translation>
    </message>
    <message>
        <source>supervisor write</source>
        <translation>Supervisor-Schreiben</translation>
    </message>
    <message>
        <source>supervisor fetch</source>
        <translation>Supervisor-Befehlsabruf</translation>
    </message>
    <message>
        <source>access %1 %2 (%3): TLB miss, page walk -&gt; physical %4 (%5 page)</source>
        <translation>access %1 %2 (%3): TLB-Miss, Page Walk -&gt; physisch %4 (%5-Seite)</translation>
    </message>
    <message>
        <source>access %1 %2 (%3): TLB hit on an entry with D=0, page walk to set D -&gt; physical %4 (%5 page)</source>
        <translation>access %1 %2 (%3): TLB-Treffer auf einen Eintrag mit D=0, Page Walk setzt D -&gt; physisch %4 (%5-Seite)</translation>
    </message>
    <message>
        <source>access %1 %2 (%3): L1 TLB miss, STLB hit (copied into the L1 TLB) -&gt; physical %4 (%5 page)</source>
        <translation>access %1 %2 (%3): L1-TLB-Miss, STLB-Treffer (in den L1-TLB kopiert) -&gt; physisch %4 (%5-Seite)</translation>
    </message>
    <message>
        <source>access %1 %2 (%3): TLB hit -&gt; physical %4 (%5 page)</source>
        <translation>access %1 %2 (%3): TLB-Treffer -&gt; physisch %4 (%5-Seite)</translation>
    </message>
    <message>
        <source>access %1 %2 (%3): general-protection fault: %4 is not canonical</source>
        <translation>access %1 %2 (%3): General-Protection-Fault: %4 ist nicht kanonisch</translation>
    </message>
    <message>
        <source>access %1 %2 (%3): page fault, error code %4 (%5), CR2 = %6</source>
        <translation>access %1 %2 (%3): Page Fault, Fehlercode %4 (%5), CR2 = %6</translation>
    </message>
    <message>
        <source>%1 is not a canonical address: no page table maps it</source>
        <translation>%1 ist keine kanonische Adresse: Keine Seitentabelle bildet sie ab</translation>
    </message>
    <message>
        <source>%1 is beyond the 32-bit linear address space</source>
        <translation>%1 liegt jenseits des 32-Bit-linearen Adressraums</translation>
    </message>
    <message>
        <source>level=%1: %2 paging has levels 1 to %3</source>
        <translation>level=%1: %2-Paging hat die Ebenen 1 bis %3</translation>
    </message>
    <message>
        <source>cannot reach the level %1 entry for %2: a large page maps it at a higher level, or no frame is free for a page table</source>
        <translation>der Eintrag der Ebene %1 für %2 ist nicht erreichbar: Eine große Seite bildet ihn auf einer höheren Ebene ab, oder kein Frame ist für eine Seitentabelle frei</translation>
    </message>
    <message>
        <source>pfn=%1 is beyond the %2-bit physical address space of a %3 entry (to set reserved bits on purpose, use entry=)</source>
        <translation>pfn=%1 liegt jenseits des %2-Bit-physischen Adressraums eines %3-Eintrags (um reservierte Bits absichtlich zu setzen, entry= verwenden)</translation>
    </message>
    <message>
        <source>pte %1 %2 level %3: %4 -&gt; %5  %6</source>
        <translation>pte %1 %2 Ebene %3: %4 -&gt; %5  %6</translation>
    </message>
    <message>
        <source>page walk of %1 in %2 (%3):</source>
        <translation>Page Walk von %1 in %2 (%3):</translation>
    </message>
    <message>
        <source>  level %1 %2 [%3] at %4 = %5  %6</source>
        <translation>  Ebene %1 %2 [%3] bei %4 = %5  %6</translation>
    </message>
    <message>
        <source>  level %1 %2 [%3] at %4 = %5  %6  -&gt; frame %7</source>
        <translation>  Ebene %1 %2 [%3] bei %4 = %5  %6  -&gt; Frame %7</translation>
    </message>
    <message>
        <source>invlpg runs on the CPU, which is running %1: switch to %2 first</source>
        <translation>invlpg läuft auf der CPU, die gerade %1 ausführt: zuerst zu %2 wechseln</translation>
    </message>
    <message>
        <source>invlpg runs on the CPU, which is running nothing: switch to %1 first</source>
        <translation>invlpg läuft auf der CPU, die gerade nichts ausführt: zuerst zu %1 wechseln</translation>
    </message>
    <message>
        <source>invlpg %1: %2 TLB entry removed</source>
        <translation>invlpg %1: %2 TLB-Eintrag entfernt</translation>
    </message>
    <message>
        <source>invlpg %1: %2 TLB entries removed</source>
        <translation>invlpg %1: %2 TLB-Einträge entfernt</translation>
    </message>
    <message>
        <source>flush_tlb %1: %2 non-global TLB entries removed</source>
        <translation>flush_tlb %1: %2 nicht globale TLB-Einträge entfernt</translation>
    </message>
    <message>
        <source>flush_tlb: %1 TLB entries removed, global ones too</source>
        <translation>flush_tlb: %1 TLB-Einträge entfernt, auch globale</translation>
    </message>
    <message>
        <source>paging   %1</source>
        <translation>Paging   %1</translation>
    </message>
    <message>
        <source>memory   %1 frames of 4 KiB, %2 free</source>
        <translation>Speicher %1 Frames zu 4 KiB, %2 frei</translation>
    </message>
    <message>
        <source>tlb      %1 entries, %2-way</source>
        <translation>TLB      %1 Einträge, %2-fach assoziativ</translation>
    </message>
    <message>
        <source>tlb      %1 entries, %2-way; STLB %3 entries, %4-way</source>
        <translation>TLB      %1 Einträge, %2-fach assoziativ; STLB %3 Einträge, %4-fach assoziativ</translation>
    </message>
    <message>
        <source>cr3      %1</source>
        <translation>CR3      %1</translation>
    </message>
    <message>
        <source>cr3      %1 (PCID %2)</source>
        <translation>CR3      %1 (PCID %2)</translation>
    </message>
    <message>
        <source>cr2      %1</source>
        <translation>CR2      %1</translation>
    </message>
    <message>
        <source>cpu      WP=%1 SMEP=%2 SMAP=%3 NXE=%4 PGE=%5 PSE=%6 AC=%7 PCIDE=%8</source>
        <translation>CPU      WP=%1 SMEP=%2 SMAP=%3 NXE=%4 PGE=%5 PSE=%6 AC=%7 PCIDE=%8</translation>
    </message>
    <message>
        <source>process  %1 pid %2</source>
        <translation>Prozess  %1 PID %2</translation>
    </message>
    <message>
        <source>process  %1 pid %2 (running)</source>
        <translation>Prozess  %1 PID %2 (läuft)</translation>
    </message>
    <message>
        <source>  %1 set %2 way %3: %4 -&gt; frame %5 %6 pcid %7%8</source>
        <translation>  %1 Set %2 Way %3: %4 -&gt; Frame %5 %6 PCID %7%8</translation>
    </message>
    <message>
        <source>  %1: empty</source>
        <translation>  %1: leer</translation>
    </message>
    <message>
        <source>TLB: %1 entries, %2-way, %3 set</source>
        <translation>TLB: %1 Einträge, %2-fach assoziativ, %3 Set</translation>
    </message>
    <message>
        <source>TLB: %1 entries, %2-way, %3 sets</source>
        <translation>TLB: %1 Einträge, %2-fach assoziativ, %3 Sets</translation>
    </message>
    <message>
        <source>&apos;show %1&apos; needs page reclaim, which this version does not run yet</source>
        <translation>&apos;show %1&apos; braucht die Seitenrückgewinnung, die diese Version noch nicht ausführt</translation>
    </message>
    <message>
        <source>unknown statistic &apos;stats.%1&apos;</source>
        <translation>unbekannte Statistik &apos;stats.%1&apos;</translation>
    </message>
    <message>
        <source>no process named &apos;%1&apos;</source>
        <translation>kein Prozess namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown entry field &apos;%1&apos; (a flag name, pfn or entry)</source>
        <translation>unbekanntes Eintragsfeld &apos;%1&apos; (ein Flag-Name, pfn oder entry)</translation>
    </message>
    <message>
        <source>frame %1 does not exist</source>
        <translation>Frame %1 existiert nicht</translation>
    </message>
    <message>
        <source>unknown frame field &apos;%1&apos; (owner or use)</source>
        <translation>unbekanntes Frame-Feld &apos;%1&apos; (owner oder use)</translation>
    </message>
    <message>
        <source>no swap area named &apos;%1&apos;</source>
        <translation>kein Swap-Bereich namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown swap field &apos;%1&apos; (used, size, prio, outs or ins)</source>
        <translation>unbekanntes Swap-Feld &apos;%1&apos; (used, size, prio, outs oder ins)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>expect %1: cannot compare %2 with %3</source>
        <translation>expect %1: %2 lässt sich nicht mit %3 vergleichen</translation>
    </message>
    <message>
        <source>expect %1: ok</source>
        <translation>expect %1: ok</translation>
    </message>
    <message>
        <source>%1 is false: left side is %2, right side is %3</source>
        <translation>%1 ist falsch: Die linke Seite ist %2, die rechte Seite ist %3</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>%1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>%1 frame</source>
        <translation>%1 Frame</translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation>%1 Frames</translation>
    </message>
    <message>
        <source>%1 VMA</source>
        <translation>%1 VMA</translation>
    </message>
    <message>
        <source>%1 VMAs</source>
        <translation>%1 VMAs</translation>
    </message>
    <message>
        <source>%1 page table</source>
        <translation>%1 Seitentabelle</translation>
    </message>
    <message>
        <source>%1 page tables</source>
        <translation>%1 Seitentabellen</translation>
    </message>
    <message>
        <source>%1 mapping</source>
        <translation>%1 Abbildung</translation>
    </message>
    <message>
        <source>%1 mappings</source>
        <translation>%1 Abbildungen</translation>
    </message>
    <message>
        <source>%1 page fault</source>
        <translation>%1 Page Fault</translation>
    </message>
    <message>
        <source>%1 page faults</source>
        <translation>%1 Page Faults</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not page aligned</source>
        <translation>%1 ist nicht an einer Seitengrenze ausgerichtet</translation>
    </message>
    <message>
        <source>the length is 0</source>
        <translation>die Länge ist 0</translation>
    </message>
    <message>
        <source>the range goes past the end of user space (TASK_SIZE)</source>
        <translation>der Bereich reicht über das Ende des User-Space hinaus (TASK_SIZE)</translation>
    </message>
    <message>
        <source>invalid argument</source>
        <translation>ungültiges Argument</translation>
    </message>
    <message>
        <source>no mapping at %1: part of the range is not mapped</source>
        <translation>keine Abbildung bei %1: Ein Teil des Bereichs ist nicht abgebildet</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>the mapping&apos;s object does not allow it (a shared mapping of an object opened read-only)</source>
        <translation>das Objekt der Abbildung erlaubt es nicht (eine gemeinsame Abbildung eines nur lesend geöffneten Objekts)</translation>
    </message>
    <message>
        <source>no frame for the child&apos;s page tables, even after reclaim and the OOM killer</source>
        <translation>kein Frame für die Seitentabellen des Kindes, auch nach Rückgewinnung und OOM-Killer</translation>
    </message>
    <message>
        <source>no frame for the child&apos;s page tables, even after reclaim and the OOM killer; the OOM killer chose %1: SIGKILL on its return to user space</source>
        <translation>kein Frame für die Seitentabellen des Kindes, auch nach Rückgewinnung und OOM-Killer; der OOM-Killer wählte %1: SIGKILL bei seiner Rückkehr in den User-Space</translation>
    </message>
    <message>
        <source>at=%1 is not page aligned, which MAP_FIXED requires</source>
        <translation>at=%1 ist nicht an einer Seitengrenze ausgerichtet, was MAP_FIXED verlangt</translation>
    </message>
    <message>
        <source>offset= is not a multiple of the page size</source>
        <translation>offset= ist kein Vielfaches der Seitengröße</translation>
    </message>
    <message>
        <source>the range does not fit below the end of user space</source>
        <translation>der Bereich passt nicht unter das Ende des User-Space</translation>
    </message>
    <message>
        <source>no free range of %1 bytes in the address space</source>
        <translation>kein freier Bereich von %1 Bytes im Adressraum</translation>
    </message>
    <message>
        <source>offset + len overflows</source>
        <translation>offset + len läuft über</translation>
    </message>
    <message>
        <source>shm_open: no shared memory object named &apos;%1&apos;</source>
        <translation>shm_open: kein Shared-Memory-Objekt namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an object of that name exists</source>
        <translation>ein Objekt dieses Namens existiert</translation>
    </message>
    <message>
        <source>no object of that name</source>
        <translation>kein Objekt dieses Namens</translation>
    </message>
    <message>
        <source>the range asked for goes past the device&apos;s pages (pgoff + pages)</source>
        <translation>der verlangte Bereich reicht über die Seiten des Geräts hinaus (pgoff + pages)</translation>
    </message>
    <message>
        <source>fork %1 -&gt; %2: pid %3, %4 copied; private writable pages are now copy-on-write in both</source>
        <translation>fork %1 -&gt; %2: PID %3, %4 kopiert; private beschreibbare Seiten sind jetzt in beiden Copy-on-Write</translation>
    </message>
    <message>
        <source>exit %1: address space torn down, %2 freed</source>
        <translation>exit %1: Adressraum abgebaut, %2 freigegeben</translation>
    </message>
    <message>
        <source>no file named &apos;%1&apos; (create one with: file %1 size=SIZE)</source>
        <translation>keine Datei namens &apos;%1&apos; (eine anlegen mit: file %1 size=SIZE)</translation>
    </message>
    <message>
        <source>fixed needs at=ADDR: MAP_FIXED maps exactly there</source>
        <translation>fixed braucht at=ADDR: MAP_FIXED bildet genau dort ab</translation>
    </message>
    <message>
        <source>mmap %1: %2-%3 %4 %5, %6%7</source>
        <translation>mmap %1: %2-%3 %4 %5, %6%7</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>file %1 at offset %2</source>
        <translation>Datei %1 ab Offset %2</translation>
    </message>
    <message>
        <source>shm %1</source>
        <translation>shm %1</translation>
    </message>
    <message>
        <source>, populated</source>
        <translation>, vorbelegt</translation>
    </message>
    <message>
        <source>, populated, locked</source>
        <translation>, vorbelegt, gesperrt</translation>
    </message>
    <message>
        <source>, populated, locked by mlockall(MCL_FUTURE)</source>
        <translation>, vorbelegt, gesperrt durch mlockall(MCL_FUTURE)</translation>
    </message>
    <message>
        <source> (no frames yet: the first access faults them in)</source>
        <translation> (noch keine Frames: Der erste Zugriff holt sie per Page Fault)</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>, gesperrt</translation>
    </message>
    <message>
        <source>, locked (no frames yet: the first access faults them in)</source>
        <translation>, gesperrt (noch keine Frames: Der erste Zugriff holt sie per Page Fault)</translation>
    </message>
    <message>
        <source>, locked by mlockall(MCL_FUTURE)</source>
        <translation>, gesperrt durch mlockall(MCL_FUTURE)</translation>
    </message>
    <message>
        <source>, locked by mlockall(MCL_FUTURE) (no frames yet: the first access faults them in)</source>
        <translation>, gesperrt durch mlockall(MCL_FUTURE) (noch keine Frames: Der erste Zugriff holt sie per Page Fault)</translation>
    </message>
    <message>
        <source>munmap %1 %2 %3: 0, %4 left</source>
        <translation>munmap %1 %2 %3: 0, %4 übrig</translation>
    </message>
    <message>
        <source>munmap %1 %2 %3: 0, %4 left, %5 freed</source>
        <translation>munmap %1 %2 %3: 0, %4 übrig, %5 freigegeben</translation>
    </message>
    <message>
        <source>mprotect %1 %2 %3 %4: 0, %5</source>
        <translation>mprotect %1 %2 %3 %4: 0, %5</translation>
    </message>
    <message>
        <source>msync %1 %2 %3: 0, %4 written back</source>
        <translation>msync %1 %2 %3: 0, %4 zurückgeschrieben</translation>
    </message>
    <message>
        <source>sync: %1 written back</source>
        <translation>sync: %1 zurückgeschrieben</translation>
    </message>
    <message>
        <source>a file named &apos;%1&apos; already exists</source>
        <translation>eine Datei namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>cannot create file &apos;%1&apos;: %2</source>
        <translation>Datei &apos;%1&apos; lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>file %1: %2 bytes (%3) on disk, none in the page cache yet</source>
        <translation>Datei %1: %2 Bytes (%3) auf der Platte, noch nichts im Page Cache</translation>
    </message>
    <message>
        <source>shm_open %1: /dev/shm/%1, %2 bytes (%3), no frames until first touched</source>
        <translation>shm_open %1: /dev/shm/%1, %2 Bytes (%3), keine Frames bis zum ersten Zugriff</translation>
    </message>
    <message>
        <source>shm_unlink %1: 0, the name is gone; the object lives on while %2 still use it</source>
        <translation>shm_unlink %1: 0, der Name ist weg; das Objekt lebt weiter, solange %2 es noch nutzen</translation>
    </message>
    <message>
        <source>shm_unlink %1: 0, the name is gone and so is the object</source>
        <translation>shm_unlink %1: 0, der Name ist weg und das Objekt auch</translation>
    </message>
    <message>
        <source>a device named &apos;%1&apos; already exists</source>
        <translation>ein Gerät namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>pfn=%1 is RAM (frames 0 to %2): device memory must start at frame %3 or above</source>
        <translation>pfn=%1 ist RAM (Frames 0 bis %2): Gerätespeicher muss bei Frame %3 oder darüber beginnen</translation>
    </message>
    <message>
        <source>pages=0: a device needs at least one page</source>
        <translation>pages=0: Ein Gerät braucht mindestens eine Seite</translation>
    </message>
    <message>
        <source>cannot create device &apos;%1&apos;: %2</source>
        <translation>Gerät &apos;%1&apos; lässt sich nicht anlegen: %2</translation>
    </message>
    <message>
        <source>device %1: %2 of device memory at frames %3-%4 (physical %5, outside RAM)</source>
        <translation>Gerät %1: %2 Gerätespeicher in den Frames %3-%4 (physisch %5, außerhalb des RAM)</translation>
    </message>
    <message>
        <source>no device named &apos;%1&apos; (create one with: device %1 pfn=N pages=N)</source>
        <translation>kein Gerät namens &apos;%1&apos; (eines anlegen mit: device %1 pfn=N pages=N)</translation>
    </message>
    <message>
        <source>driver_mmap %1 %2: %3-%4 %5s, remap_pfn_range filled %6 now (VM_IO | VM_PFNMAP | VM_DONTEXPAND | VM_DONTDUMP)</source>
        <translation>driver_mmap %1 %2: %3-%4 %5s, remap_pfn_range hat %6 sofort gefüllt (VM_IO | VM_PFNMAP | VM_DONTEXPAND | VM_DONTDUMP)</translation>
    </message>
    <message>
        <source>driver_mmap %1 %2: %3-%4 %5s, remap_pfn_range filled %6 now (VM_IO | VM_PFNMAP | VM_DONTEXPAND | VM_DONTDUMP); past the device: %7 of the VMA, where an access is SIGBUS</source>
        <translation>driver_mmap %1 %2: %3-%4 %5s, remap_pfn_range hat %6 sofort gefüllt (VM_IO | VM_PFNMAP | VM_DONTEXPAND | VM_DONTDUMP); hinter dem Gerät: %7 der VMA, wo ein Zugriff SIGBUS ergibt</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>read %1 %2 (%3)</source>
        <translation>read %1 %2 (%3)</translation>
    </message>
    <message>
        <source>read %1 %2 len %3</source>
        <translation>read %1 %2 len %3</translation>
    </message>
    <message>
        <source>write %1 %2 (%3)</source>
        <translation>write %1 %2 (%3)</translation>
    </message>
    <message>
        <source>fetch %1 %2</source>
        <translation>fetch %1 %2</translation>
    </message>
    <message>
        <source>page fault at %1 (error code %2: %3) -&gt; </source>
        <translation>Page Fault bei %1 (Fehlercode %2: %3) -&gt; </translation>
    </message>
    <message>
        <source>page fault at %1 (error code %2: %3) -&gt; %4 (minor fault), access retried: </source>
        <translation>Page Fault bei %1 (Fehlercode %2: %3) -&gt; %4 (Minor Fault), Zugriff wiederholt: </translation>
    </message>
    <message>
        <source>page fault at %1 (error code %2: %3) -&gt; %4 (major fault), access retried: </source>
        <translation>Page Fault bei %1 (Fehlercode %2: %3) -&gt; %4 (Major Fault), Zugriff wiederholt: </translation>
    </message>
    <message>
        <source>general-protection fault (%1) -&gt; </source>
        <translation>General-Protection-Fault (%1) -&gt; </translation>
    </message>
    <message>
        <source>%1 (SEGV_MAPERR: no VMA there)</source>
        <translation>%1 (SEGV_MAPERR: dort ist keine VMA)</translation>
    </message>
    <message>
        <source>%1 (SEGV_ACCERR: the VMA does not allow this access)</source>
        <translation>%1 (SEGV_ACCERR: Die VMA erlaubt diesen Zugriff nicht)</translation>
    </message>
    <message>
        <source>%1 (BUS_ADRERR: no page behind this address)</source>
        <translation>%1 (BUS_ADRERR: hinter dieser Adresse liegt keine Seite)</translation>
    </message>
    <message>
        <source>not resolved (%1), the access did not happen</source>
        <translation>nicht behoben (%1), der Zugriff fand nicht statt</translation>
    </message>
    <message>
        <source>TLB hit -&gt; physical %1%2</source>
        <translation>TLB-Treffer -&gt; physisch %1%2</translation>
    </message>
    <message>
        <source>TLB miss, page walk -&gt; physical %1%2</source>
        <translation>TLB-Miss, Page Walk -&gt; physisch %1%2</translation>
    </message>
    <message>
        <source>, %1 bytes read</source>
        <translation>, %1 Bytes gelesen</translation>
    </message>
    <message>
        <source>read %1 %2 len 0: nothing to read, no access</source>
        <translation>read %1 %2 len 0: nichts zu lesen, kein Zugriff</translation>
    </message>
    <message>
        <source>%1 does not fit in %2</source>
        <translation>%1 passt nicht in %2</translation>
    </message>
    <message>
        <source>len=0 touches nothing</source>
        <translation>len=0 berührt nichts</translation>
    </message>
    <message>
        <source>the range wraps around the end of the address space</source>
        <translation>der Bereich läuft über das Ende des Adressraums hinaus</translation>
    </message>
    <message>
        <source>touch covers %1 pages; at most 1048576 at once</source>
        <translation>touch umfasst %1 Seiten; höchstens 1048576 auf einmal</translation>
    </message>
    <message>
        <source>  %1: %2, %3</source>
        <translation>  %1: %2, %3</translation>
    </message>
    <message>
        <source>TLB hit</source>
        <translation>TLB-Treffer</translation>
    </message>
    <message>
        <source>TLB miss</source>
        <translation>TLB-Miss</translation>
    </message>
    <message>
        <source>fault (%1) -&gt; %2</source>
        <translation>Fault (%1) -&gt; %2</translation>
    </message>
    <message>
        <source>physical %1</source>
        <translation>physisch %1</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>nicht behoben</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, read): %4 touched, %5</source>
        <translation>touch %1 %2 (%3, lesend): %4 berührt, %5</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, write): %4 touched, %5</source>
        <translation>touch %1 %2 (%3, schreibend): %4 berührt, %5</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, read): %4 touched, %5, stopped by %6</source>
        <translation>touch %1 %2 (%3, lesend): %4 berührt, %5, beendet durch %6</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, write): %4 touched, %5, stopped by %6</source>
        <translation>touch %1 %2 (%3, schreibend): %4 berührt, %5, beendet durch %6</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, read): %4 touched, %5, stopped: a fault was not resolved (%6)</source>
        <translation>touch %1 %2 (%3, lesend): %4 berührt, %5, beendet: Ein Fault wurde nicht behoben (%6)</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, write): %4 touched, %5, stopped: a fault was not resolved (%6)</source>
        <translation>touch %1 %2 (%3, schreibend): %4 berührt, %5, beendet: Ein Fault wurde nicht behoben (%6)</translation>
    </message>
    <message>
        <source>%1: access_ok fails (the range reaches past TASK_SIZE_MAX), no access -&gt; ret %2</source>
        <translation>%1: access_ok schlägt fehl (der Bereich reicht über TASK_SIZE_MAX hinaus), kein Zugriff -&gt; ret %2</translation>
    </message>
    <message>
        <source>%1: kernel-mode page fault at %2 (error code %3: %4) -&gt; resolved (%5)</source>
        <translation>%1: Page Fault im Kernel-Modus bei %2 (Fehlercode %3: %4) -&gt; behoben (%5)</translation>
    </message>
    <message>
        <source>%1: kernel-mode page fault at %2 (error code %3: %4) -&gt; not resolvable (%5)</source>
        <translation>%1: Page Fault im Kernel-Modus bei %2 (Fehlercode %3: %4) -&gt; nicht behebbar (%5)</translation>
    </message>
    <message>
        <source>%1: the exception-table fixup returns %2</source>
        <translation>%1: der Fixup der Exception Table gibt %2 zurück</translation>
    </message>
    <message>
        <source>%1: ret %2</source>
        <translation>%1: ret %2</translation>
    </message>
    <message>
        <source>access_ok %1 %2 %3: 1 (below TASK_SIZE_MAX %4; no mapping is checked)</source>
        <translation>access_ok %1 %2 %3: 1 (unter TASK_SIZE_MAX %4; keine Abbildung wird geprüft)</translation>
    </message>
    <message>
        <source>access_ok %1 %2 %3: 0 (past TASK_SIZE_MAX %4; no mapping is checked)</source>
        <translation>access_ok %1 %2 %3: 0 (über TASK_SIZE_MAX %4 hinaus; keine Abbildung wird geprüft)</translation>
    </message>
    <message>
        <source>  value = %1</source>
        <translation>  Wert = %1</translation>
    </message>
    <message>
        <source>  no NUL within %1 bytes: the result is greater than n</source>
        <translation>  kein NUL innerhalb von %1 Bytes: Das Ergebnis ist größer als n</translation>
    </message>
    <message>
        <source>%1: kernel oops (the simulation goes on; Linux would kill the task):</source>
        <translation>%1: Kernel-Oops (die Simulation läuft weiter; Linux würde den Task beenden):</translation>
    </message>
    <message>
        <source>%1: no fault stopped it</source>
        <translation>%1: kein Fault hat es aufgehalten</translation>
    </message>
    <message>
        <source>%1: no fault stopped it = %2</source>
        <translation>%1: kein Fault hat es aufgehalten = %2</translation>
    </message>
    <message>
        <source>a swap area of that name is in use</source>
        <translation>ein Swap-Bereich dieses Namens ist in Gebrauch</translation>
    </message>
    <message>
        <source>size is less than one page</source>
        <translation>size ist kleiner als eine Seite</translation>
    </message>
    <message>
        <source>too many swap areas</source>
        <translation>zu viele Swap-Bereiche</translation>
    </message>
    <message>
        <source>prio must be -1 (none) or 0..32767</source>
        <translation>prio muss -1 (keine) oder 0..32767 sein</translation>
    </message>
    <message>
        <source>no swap area of that name</source>
        <translation>kein Swap-Bereich dieses Namens</translation>
    </message>
    <message>
        <source>not enough memory to bring its pages back; the area stays</source>
        <translation>nicht genug Speicher, um seine Seiten zurückzuholen; der Bereich bleibt</translation>
    </message>
    <message>
        <source>swapon %1: 0, %2 pages, priority %3, latency %4</source>
        <translation>swapon %1: 0, %2 Seiten, Priorität %3, Latenz %4</translation>
    </message>
    <message>
        <source>swapon %1: 0, %2 pages, priority %3 (none given: the next default), latency %4</source>
        <translation>swapon %1: 0, %2 Seiten, Priorität %3 (keine angegeben: die nächste Standardpriorität), Latenz %4</translation>
    </message>
    <message>
        <source>swapoff %1: 0, %2 page(s) brought back into memory</source>
        <translation>swapoff %1: 0, %2 Seite(n) in den Speicher zurückgeholt</translation>
    </message>
    <message>
        <source>reclaim: %1 of %2 page(s) freed (%3 policy), %4 frames free</source>
        <translation>reclaim: %1 von %2 Seite(n) freigegeben (Strategie %3), %4 Frames frei</translation>
    </message>
    <message>
        <source>no swap areas</source>
        <translation>keine Swap-Bereiche</translation>
    </message>
    <message>
        <source>%1  prio %2  %3/%4 pages used  outs %5  ins %6  latency %7</source>
        <translation>%1  Prio %2  %3/%4 Seiten belegt  ausgelagert %5  eingelagert %6  Latenz %7</translation>
    </message>
    <message>
        <source>%1 policy, %2 evictable page(s), next victim first: %3</source>
        <translation>Strategie %1, %2 verdrängbare Seite(n), nächstes Opfer zuerst: %3</translation>
    </message>
    <message>
        <source>active list: %1</source>
        <translation>aktive Liste: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 of %2 locked</source>
        <translation>%1 von %2 gesperrt</translation>
    </message>
    <message>
        <source>%1 of %2 locked, %3 faulted in</source>
        <translation>%1 von %2 gesperrt, %3 per Page Fault geholt</translation>
    </message>
    <message>
        <source>%1: 0, %2</source>
        <translation>%1: 0, %2</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3); %4</source>
        <translation>%1: %2 (%3); %4</translation>
    </message>
    <message>
        <source>a page of the range could not be faulted in</source>
        <translation>eine Seite des Bereichs ließ sich nicht per Page Fault holen</translation>
    </message>
    <message>
        <source>MCL_ONFAULT needs MCL_CURRENT or MCL_FUTURE</source>
        <translation>MCL_ONFAULT braucht MCL_CURRENT oder MCL_FUTURE</translation>
    </message>
    <message>
        <source>later mappings of %1 are locked as their pages fault in</source>
        <translation>spätere Abbildungen von %1 werden gesperrt, sobald ihre Seiten per Page Fault kommen</translation>
    </message>
    <message>
        <source>later mappings of %1 are locked and faulted in at once</source>
        <translation>spätere Abbildungen von %1 werden gesperrt und sofort per Page Fault geholt</translation>
    </message>
    <message>
        <source>%1: %2 references to %3 pages mapped at %4: %5</source>
        <translation>%1: %2 Zugriffe auf %3 Seiten, abgebildet bei %4: %5</translation>
    </message>
    <message>
        <source>%1 page faults (%2 minor, %3 major), %4 TLB hits, %5 TLB misses, %6 evictions</source>
        <translation>%1 Page Faults (%2 Minor, %3 Major), %4 TLB-Treffer, %5 TLB-Misses, %6 Verdrängungen</translation>
    </message>
    <message>
        <source>%1 stopped: %2</source>
        <translation>%1 abgebrochen: %2</translation>
    </message>
    <message>
        <source>workload: %1</source>
        <translation>workload: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>process %1: pid %2, CR3 %3, %4, rss %5 pages, %6 page-table frames</source>
        <translation>Prozess %1: PID %2, CR3 %3, %4, RSS %5 Seiten, %6 Seitentabellen-Frames</translation>
    </message>
    <message>
        <source>process %1: pid %2, CR3 %3, %4, rss %5 pages, %6 page-table frames, running</source>
        <translation>Prozess %1: PID %2, CR3 %3, %4, RSS %5 Seiten, %6 Seitentabellen-Frames, läuft</translation>
    </message>
    <message>
        <source>process %1: pid %2, CR3 %3, PCID %4, %5, rss %6 pages, %7 page-table frames</source>
        <translation>Prozess %1: PID %2, CR3 %3, PCID %4, %5, RSS %6 Seiten, %7 Seitentabellen-Frames</translation>
    </message>
    <message>
        <source>process %1: pid %2, CR3 %3, PCID %4, %5, rss %6 pages, %7 page-table frames, running</source>
        <translation>Prozess %1: PID %2, CR3 %3, PCID %4, %5, RSS %6 Seiten, %7 Seitentabellen-Frames, läuft</translation>
    </message>
    <message>
        <source>  frame %1: %2, %3%4</source>
        <translation>  Frame %1: %2, %3%4</translation>
    </message>
    <message>
        <source>%1 (level %2)</source>
        <translation>%1 (Ebene %2)</translation>
    </message>
    <message>
        <source>, %1, refs %2, mapped %3</source>
        <translation>, %1, Referenzen %2, %3 abgebildet</translation>
    </message>
    <message>
        <source>, %1, refs %2, mapped %3, locked</source>
        <translation>, %1, Referenzen %2, %3 abgebildet, gesperrt</translation>
    </message>
    <message>
        <source>%1 time</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <source>%1 of %2 frames in use</source>
        <translation>%1 von %2 Frames in Gebrauch</translation>
    </message>
    <message>
        <source>%1 of %2 frames in use (first 4096 listed)</source>
        <translation>%1 von %2 Frames in Gebrauch (die ersten 4096 aufgeführt)</translation>
    </message>
    <message>
        <source>  device %1: frames %2-%3 (device memory outside RAM)</source>
        <translation>  Gerät %1: Frames %2-%3 (Gerätespeicher außerhalb des RAM)</translation>
    </message>
    <message>
        <source>file %1: %2 bytes, %3 of %4 pages cached, %5 dirty</source>
        <translation>Datei %1: %2 Bytes, %3 von %4 Seiten im Cache, %5 verändert (dirty)</translation>
    </message>
    <message>
        <source>  page %1 in frame %2</source>
        <translation>  Seite %1 in Frame %2</translation>
    </message>
    <message>
        <source>  page %1 in frame %2 (dirty)</source>
        <translation>  Seite %1 in Frame %2 (dirty)</translation>
    </message>
    <message>
        <source>shm %1: %2 bytes, %3 of %4 pages in memory, %5 mappings</source>
        <translation>shm %1: %2 Bytes, %3 von %4 Seiten im Speicher, %5 Abbildungen</translation>
    </message>
    <message>
        <source>shm %1: %2 bytes, %3 of %4 pages in memory, %5 mappings, unlinked</source>
        <translation>shm %1: %2 Bytes, %3 von %4 Seiten im Speicher, %5 Abbildungen, Name entfernt (unlinked)</translation>
    </message>
    <message>
        <source>no files and no shared memory objects</source>
        <translation>keine Dateien und keine Shared-Memory-Objekte</translation>
    </message>
    <message>
        <source>%1:%2:%3: error: %4</source>
        <translation>%1:%2:%3: Fehler: %4</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>a name ([a-z_][a-z0-9_.]*)</source>
        <translation>ein Name ([a-z_][a-z0-9_.]*)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a size (a number with an optional K, M, G or T suffix)</source>
        <translation>eine Größe (eine Zahl mit optionalem Suffix K, M, G oder T)</translation>
    </message>
    <message>
        <source>a time (a number with ns, us, ms or s)</source>
        <translation>eine Zeit (eine Zahl mit ns, us, ms oder s)</translation>
    </message>
    <message>
        <source>a string in double quotes</source>
        <translation>eine Zeichenkette in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>bytes as hex pairs separated by &apos;:&apos; (de:ad:be:ef)</source>
        <translation>Bytes als Hex-Paare, getrennt durch &apos;:&apos; (de:ad:be:ef)</translation>
    </message>
    <message>
        <source>a protection (none, or r, w, x combined in that order)</source>
        <translation>ein Schutz (none, oder r, w, x in dieser Reihenfolge kombiniert)</translation>
    </message>
    <message>
        <source>a protection (none, or r, w, x combined in that order: r, rw, rx, rwx, ...)</source>
        <translation>ein Schutz (none, oder r, w, x in dieser Reihenfolge kombiniert: r, rw, rx, rwx, ...)</translation>
    </message>
    <message>
        <source>a comma list of flags (p, rw, us, pwt, pcd, a, d, ps, g, nx)</source>
        <translation>eine Kommaliste von Flags (p, rw, us, pwt, pcd, a, d, ps, g, nx)</translation>
    </message>
    <message>
        <source>ENTRIES[:WAYS] such as 16:4</source>
        <translation>ENTRIES[:WAYS] wie 16:4</translation>
    </message>
    <message>
        <source>one of a fixed list of words</source>
        <translation>eines aus einer festen Liste von Wörtern</translation>
    </message>
    <message>
        <source>a number (optionally negative)</source>
        <translation>eine Zahl (auch negativ)</translation>
    </message>
    <message>
        <source>a decimal number such as 0.5</source>
        <translation>eine Dezimalzahl wie 0.5</translation>
    </message>
    <message>
        <source>a file path</source>
        <translation>ein Dateipfad</translation>
    </message>
    <message>
        <source>a file path (a &quot;string&quot;, or letters, digits and _ . / + ~ -)</source>
        <translation>ein Dateipfad (eine &quot;Zeichenkette&quot;, oder Buchstaben, Ziffern und _ . / + ~ -)</translation>
    </message>
    <message>
        <source>number %1 does not fit in 64 bits</source>
        <translation>die Zahl %1 passt nicht in 64 Bit</translation>
    </message>
    <message>
        <source>size %1 does not fit in 64 bits</source>
        <translation>die Größe %1 passt nicht in 64 Bit</translation>
    </message>
    <message>
        <source>time %1 does not fit in 64 bits</source>
        <translation>die Zeit %1 passt nicht in 64 Bit</translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation>die Zahl %1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>unknown flag %1 (expected a comma list of p, rw, us, pwt, pcd, a, d, ps, g, nx)</source>
        <translation>unbekanntes Flag %1 (erwartet: eine Kommaliste aus p, rw, us, pwt, pcd, a, d, ps, g, nx)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of %2</source>
        <translation>&apos;%1&apos; muss eines von %2 sein</translation>
    </message>
    <message>
        <source>%1 of &apos;%2&apos; must be one of %3</source>
        <translation>%1 von &apos;%2&apos; muss eines von %3 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2</source>
        <translation>&apos;%1&apos; muss %2 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at most %2</source>
        <translation>&apos;%1&apos; darf höchstens %2 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between 0 and %2</source>
        <translation>&apos;%1&apos; muss zwischen 0 und %2 liegen</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>expected a string in double quotes</source>
        <translation>erwartet: eine Zeichenkette in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>&apos;\x&apos; in a string needs two hex digits (\xNN)</source>
        <translation>&apos;\x&apos; in einer Zeichenkette braucht zwei Hex-Ziffern (\xNN)</translation>
    </message>
    <message>
        <source>unknown escape %1 in string (expected \n, \t, \\, \&quot;, \0 or \xNN)</source>
        <translation>unbekannte Escape-Sequenz %1 in der Zeichenkette (erwartet: \n, \t, \\, \&quot;, \0 oder \xNN)</translation>
    </message>
    <message>
        <source>unterminated string (missing closing &apos;&quot;&apos;)</source>
        <translation>nicht abgeschlossene Zeichenkette (das schließende &apos;&quot;&apos; fehlt)</translation>
    </message>
    <message>
        <source>expected a blank after the string, found %1</source>
        <translation>erwartet: ein Leerzeichen nach der Zeichenkette, gefunden: %1</translation>
    </message>
    <message>
        <source>unexpected &apos;&quot;&apos; after %1</source>
        <translation>unerwartetes &apos;&quot;&apos; nach %1</translation>
    </message>
    <message>
        <source>expected an option name before &apos;=&apos;, found %1</source>
        <translation>erwartet: ein Optionsname vor &apos;=&apos;, gefunden: %1</translation>
    </message>
    <message>
        <source>missing value for option %1 (write %2=VALUE with no blank around &apos;=&apos;)</source>
        <translation>fehlender Wert für die Option %1 (schreiben Sie %2=WERT ohne Leerzeichen um &apos;=&apos;)</translation>
    </message>
    <message>
        <source>empty command</source>
        <translation>leerer Befehl</translation>
    </message>
    <message>
        <source>expected a command name, found %1</source>
        <translation>erwartet: ein Befehlsname, gefunden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an expression</source>
        <translation>&apos;%1&apos; braucht einen Ausdruck</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
    <message>
        <source>unknown command %1 (did you mean &apos;%2&apos;?)</source>
        <translation>unbekannter Befehl %1 (meinten Sie &apos;%2&apos;?)</translation>
    </message>
    <message>
        <source>%1 is a flag of &apos;%2&apos;: write it without &apos;=VALUE&apos;</source>
        <translation>%1 ist ein Flag von &apos;%2&apos;: ohne &apos;=WERT&apos; schreiben</translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;%2&apos; (it takes no options)</source>
        <translation>unbekannte Option %1 für &apos;%2&apos; (er hat keine Optionen)</translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;%2&apos; (expected one of: %3)</source>
        <translation>unbekannte Option %1 für &apos;%2&apos; (erwartet eine von: %3)</translation>
    </message>
    <message>
        <source>duplicate option %1</source>
        <translation>doppelte Option %1</translation>
    </message>
    <message>
        <source>duplicate flag %1</source>
        <translation>doppeltes Flag %1</translation>
    </message>
    <message>
        <source>unexpected argument %1 for &apos;%2&apos; (usage: %3)</source>
        <translation>unerwartetes Argument %1 für &apos;%2&apos; (Aufruf: %3)</translation>
    </message>
    <message>
        <source>missing argument %1 for &apos;%2&apos; before the flag %3</source>
        <translation>fehlendes Argument %1 für &apos;%2&apos; vor dem Flag %3</translation>
    </message>
    <message>
        <source>missing argument %1 for &apos;%2&apos;</source>
        <translation>fehlendes Argument %1 für &apos;%2&apos;</translation>
    </message>
    <message>
        <source>missing option %1=%2 for &apos;%3&apos;</source>
        <translation>fehlende Option %1=%2 für &apos;%3&apos;</translation>
    </message>
    <message>
        <source>give only one of %1</source>
        <translation>nur eines davon angeben: %1</translation>
    </message>
    <message>
        <source>give one of %1</source>
        <translation>eines davon angeben: %1</translation>
    </message>
    <message>
        <source>give at least one of %1</source>
        <translation>mindestens eines davon angeben: %1</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>%1 does not apply to a string</source>
        <translation>%1 gilt nicht für eine Zeichenkette</translation>
    </message>
    <message>
        <source>unexpected argument %1 for &apos;%2&apos; (only %3 take a %4)</source>
        <translation>unerwartetes Argument %1 für &apos;%2&apos; (nur %3 nehmen ein %4)</translation>
    </message>
    <message>
        <source>give either frames= or ram=, not both</source>
        <translation>entweder frames= oder ram= angeben, nicht beides</translation>
    </message>
    <message>
        <source>give either private or shared, not both</source>
        <translation>entweder private oder shared angeben, nicht beides</translation>
    </message>
    <message>
        <source>give only one of anon, file= and shm=</source>
        <translation>nur eines von anon, file= und shm= angeben</translation>
    </message>
    <message>
        <source>offset= applies to a file mapping: give file=F too</source>
        <translation>offset= gilt für eine Dateiabbildung: auch file=F angeben</translation>
    </message>
    <message>
        <source>missing current, future or onfault for &apos;mlockall&apos;</source>
        <translation>für &apos;mlockall&apos; fehlt current, future oder onfault</translation>
    </message>
    <message>
        <source>give either fill= or byte=, not both</source>
        <translation>entweder fill= oder byte= angeben, nicht beides</translation>
    </message>
    <message>
        <source>give either size= or len=, not both</source>
        <translation>entweder size= oder len= angeben, nicht beides</translation>
    </message>
    <message>
        <source>give one of VALUE, &quot;string&quot; or bytes=... for &apos;write&apos;</source>
        <translation>für &apos;write&apos; eines von VALUE, &quot;string&quot; oder bytes=... angeben</translation>
    </message>
    <message>
        <source>set= needs level=N: the level of the entry to change (1 = PTE)</source>
        <translation>set= braucht level=N: die Ebene des zu ändernden Eintrags (1 = PTE)</translation>
    </message>
    <message>
        <source>clear= needs level=N: the level of the entry to change (1 = PTE)</source>
        <translation>clear= braucht level=N: die Ebene des zu ändernden Eintrags (1 = PTE)</translation>
    </message>
    <message>
        <source>pfn= needs level=N: the level of the entry to change (1 = PTE)</source>
        <translation>pfn= braucht level=N: die Ebene des zu ändernden Eintrags (1 = PTE)</translation>
    </message>
    <message>
        <source>entry= needs level=N: the level of the entry to change (1 = PTE)</source>
        <translation>entry= braucht level=N: die Ebene des zu ändernden Eintrags (1 = PTE)</translation>
    </message>
    <message>
        <source>size= applies to a number VALUE, not to a string</source>
        <translation>size= gilt für einen Zahlenwert VALUE, nicht für eine Zeichenkette</translation>
    </message>
    <message>
        <source>size= applies to a number VALUE, not to bytes=</source>
        <translation>size= gilt für einen Zahlenwert VALUE, nicht für bytes=</translation>
    </message>
    <message>
        <source>give either &quot;string&quot; or bytes=... for &apos;copy_to_user&apos;</source>
        <translation>für &apos;copy_to_user&apos; entweder &quot;string&quot; oder bytes=... angeben</translation>
    </message>
    <message>
        <source>&apos;=&apos; is not a comparison: use &apos;==&apos; (or !=, &lt;, &lt;=, &gt;, &gt;=)</source>
        <translation>&apos;=&apos; ist kein Vergleich: &apos;==&apos; verwenden (oder !=, &lt;, &lt;=, &gt;, &gt;=)</translation>
    </message>
    <message>
        <source>expected &apos;!=&apos;, found &apos;!&apos;</source>
        <translation>erwartet: &apos;!=&apos;, gefunden: &apos;!&apos;</translation>
    </message>
    <message>
        <source>missing expression after &apos;expect&apos; (e.g. expect ret == 0)</source>
        <translation>nach &apos;expect&apos; fehlt ein Ausdruck (z. B. expect ret == 0)</translation>
    </message>
    <message>
        <source>expected a comparison operator (==, !=, &lt;, &lt;=, &gt;, &gt;=) after %1</source>
        <translation>erwartet: ein Vergleichsoperator (==, !=, &lt;, &lt;=, &gt;, &gt;=) nach %1</translation>
    </message>
    <message>
        <source>expected a comparison operator (==, !=, &lt;, &lt;=, &gt;, &gt;=), found %1</source>
        <translation>erwartet: ein Vergleichsoperator (==, !=, &lt;, &lt;=, &gt;, &gt;=), gefunden: %1</translation>
    </message>
    <message>
        <source>missing the right-hand side of the comparison after %1</source>
        <translation>die rechte Seite des Vergleichs nach %1 fehlt</translation>
    </message>
    <message>
        <source>unexpected %1 after the expression</source>
        <translation>unerwartetes %1 nach dem Ausdruck</translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation>das Zeilenende</translation>
    </message>
    <message>
        <source>expected %1 after %2, found %3</source>
        <translation>erwartet: %1 nach %2, gefunden: %3</translation>
    </message>
    <message>
        <source>expected %1 (a number) after %2, found %3</source>
        <translation>erwartet: %1 (eine Zahl) nach %2, gefunden: %3</translation>
    </message>
    <message>
        <source>expected %1 ([a-z_][a-z0-9_.]*) after %2, found %3</source>
        <translation>erwartet: %1 ([a-z_][a-z0-9_.]*) nach %2, gefunden: %3</translation>
    </message>
    <message>
        <source>a process NAME</source>
        <translation>ein Prozessname NAME</translation>
    </message>
    <message>
        <source>a swap area NAME</source>
        <translation>ein Swap-Bereich-Name NAME</translation>
    </message>
    <message>
        <source>expected a field of %1(...) (one of %2), found %3</source>
        <translation>erwartet: ein Feld von %1(...) (eines von %2), gefunden: %3</translation>
    </message>
    <message>
        <source>a number, a string, ret, value, data, signal, error_code, stats.KEY, pte(NAME, ADDR, LEVEL).FIELD, frame(N).FIELD or swap(NAME).FIELD</source>
        <translation>eine Zahl, eine Zeichenkette, ret, value, data, signal, error_code, stats.KEY, pte(NAME, ADDR, LEVEL).FIELD, frame(N).FIELD oder swap(NAME).FIELD</translation>
    </message>
    <message>
        <source>expected stats.KEY such as stats.tlb_hits, found %1</source>
        <translation>erwartet: stats.KEY wie stats.tlb_hits, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown term %1 (expected %2)</source>
        <translation>unbekannter Term %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>unknown term %1 (did you mean &apos;%2&apos;?)</source>
        <translation>unbekannter Term %1 (meinten Sie &apos;%2&apos;?)</translation>
    </message>
    <message>
        <source>  out of memory: killed %1 (pid %2, %3 pages of memory, swap and page tables) to free a frame</source>
        <translation>  kein Speicher mehr: %1 (PID %2, %3 Seiten an Speicher, Swap und Seitentabellen) beendet, um einen Frame freizugeben</translation>
    </message>
    <message>
        <source>  (the TLB may still hold the old translation until invlpg or a CR3 load)</source>
        <translation>  (der TLB kann die alte Übersetzung noch bis zu invlpg oder einem Laden von CR3 enthalten)</translation>
    </message>
    <message>
        <source>  no NUL within %1 bytes: dst holds n bytes and is not terminated</source>
        <translation>  kein NUL innerhalb von %1 Bytes: dst enthält n Bytes und ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>killed by the OOM killer: out of memory (%1); %2 (pid %3) had the highest badness, %4 pages of memory, swap and page tables</source>
        <translation>vom OOM-Killer beendet: kein Speicher mehr (%1); %2 (PID %3) hatte die höchste Badness, %4 Seiten Speicher, Swap und Seitentabellen</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, read): %4 touched, %5, stopped by SIGKILL: %1 was %6</source>
        <translation>touch %1 %2 (%3, lesend): %4 berührt, %5, beendet durch SIGKILL: %1 wurde %6</translation>
    </message>
    <message>
        <source>touch %1 %2 (%3, write): %4 touched, %5, stopped by SIGKILL: %1 was %6</source>
        <translation>touch %1 %2 (%3, schreibend): %4 berührt, %5, beendet durch SIGKILL: %1 wurde %6</translation>
    </message>
    <message>
        <source>reference %1 (page %2) failed: %3 got SIGKILL, %4</source>
        <translation>Referenz %1 (Seite %2) fehlgeschlagen: %3 erhielt SIGKILL, %4</translation>
    </message>
    <message>
        <source>reference %1 (page %2) failed: %3</source>
        <translation>Referenz %1 (Seite %2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>reference %1 (page %2) failed: out of memory (%3)</source>
        <translation>Referenz %1 (Seite %2) fehlgeschlagen: kein Speicher mehr (%3)</translation>
    </message>
</context>
<context>
    <name>EventMessage</name>
    <message>
        <source>TLB hit (%1) for %2: page frame %3, %4 page</source>
        <translation>TLB-Treffer (%1) für %2: Frame %3, %4-Seite</translation>
    </message>
    <message>
        <source>TLB miss for %1 (PCID %2): the MMU must walk the page tables</source>
        <translation>TLB-Miss für %1 (PCID %2): Die MMU muss die Seitentabellen durchlaufen</translation>
    </message>
    <message>
        <source>TLB %1 set %2 way %3 now holds %4 -&gt; frame %5 (%6 page)</source>
        <translation>TLB %1, Set %2, Way %3 enthält jetzt %4 -&gt; Frame %5 (%6-Seite)</translation>
    </message>
    <message>
        <source>TLB %1 set %2 way %3 now holds %4 -&gt; frame %5 (%6 page), evicting the least recently used entry for %7</source>
        <translation>TLB %1, Set %2, Way %3 enthält jetzt %4 -&gt; Frame %5 (%6-Seite) und verdrängt den am längsten nicht benutzten Eintrag für %7</translation>
    </message>
    <message>
        <source>INVLPG %1 removed %2 TLB entries</source>
        <translation>INVLPG %1 entfernte %2 TLB-Einträge</translation>
    </message>
    <message>
        <source>Loading CR3 removed %1 non-global TLB entries</source>
        <translation>Das Laden von CR3 entfernte %1 nicht-globale TLB-Einträge</translation>
    </message>
    <message>
        <source>Loading CR3 with the no-flush bit kept every TLB entry of PCID %1</source>
        <translation>CR3 wurde mit gesetztem No-Flush-Bit geladen: Alle TLB-Einträge von PCID %1 bleiben</translation>
    </message>
    <message>
        <source>The whole TLB was flushed, global entries too: %1 entries removed</source>
        <translation>Der ganze TLB wurde geleert, auch globale Einträge: %1 Einträge entfernt</translation>
    </message>
    <message>
        <source>Page walk (%1) for a %2 %3 of %4, starting at the table at physical %5</source>
        <translation>Page Walk (%1) für einen %2-%3 von %4, beginnend bei der Tabelle an physisch %5</translation>
    </message>
    <message>
        <source>Level %1 entry %2 at physical %3 reads %4 [%5]</source>
        <translation>Ebene %1, Eintrag %2 an physisch %3 lautet %4 [%5]</translation>
    </message>
    <message>
        <source>The CPU sets the Accessed bit in the level %1 entry at %2</source>
        <translation>Die CPU setzt das Accessed-Bit im Eintrag der Ebene %1 an %2</translation>
    </message>
    <message>
        <source>The CPU sets the Dirty bit in the level %1 entry at %2</source>
        <translation>Die CPU setzt das Dirty-Bit im Eintrag der Ebene %1 an %2</translation>
    </message>
    <message>
        <source>Page fault at %1: error code %2 (%3)</source>
        <translation>Page Fault bei %1: Fehlercode %2 (%3)</translation>
    </message>
    <message>
        <source>General-protection fault: %1 is not a canonical address</source>
        <translation>General-Protection-Fault: %1 ist keine kanonische Adresse</translation>
    </message>
    <message>
        <source>%1 translates to physical %2 (%3 page)</source>
        <translation>%1 wird zu physisch %2 übersetzt (%3-Seite)</translation>
    </message>
    <message>
        <source>CR3 changes from %1 to %2</source>
        <translation>CR3 wechselt von %1 zu %2</translation>
    </message>
    <message>
        <source>Level %1 entry at %2 changes from %3 to %4 [%5]</source>
        <translation>Eintrag der Ebene %1 an %2 ändert sich von %3 zu %4 [%5]</translation>
    </message>
    <message>
        <source>Frame %1 allocated for %2</source>
        <translation>Frame %1 zugeteilt für %2</translation>
    </message>
    <message>
        <source>Process %1 (pid %2) gets its own address space: CR3 = %3</source>
        <translation>Prozess %1 (PID %2) erhält einen eigenen Adressraum: CR3 = %3</translation>
    </message>
    <message>
        <source>Context switch to %1 (pid %2)</source>
        <translation>Kontextwechsel zu %1 (PID %2)</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <source>The fault handler finds the VMA %1-%2 (%3) of pid %4 around %5</source>
        <translation>Der Fault-Handler findet die VMA %1-%2 (%3) von PID %4 um %5</translation>
    </message>
    <message>
        <source>No VMA of pid %1 contains %2: the address is not mapped</source>
        <translation>Keine VMA von PID %1 enthält %2: Die Adresse ist nicht abgebildet</translation>
    </message>
    <message>
        <source>%1: pid %2 VMA %3-%4 %5 %6</source>
        <translation>%1: PID %2, VMA %3-%4 %5 %6</translation>
    </message>
    <message>
        <source>First touch of anonymous memory at %1 (pid %2): frame %3 is zeroed and mapped</source>
        <translation>Erster Zugriff auf anonymen Speicher bei %1 (PID %2): Frame %3 wird genullt und abgebildet</translation>
    </message>
    <message>
        <source>Page %2 of file %1 is in the page cache (frame %3)</source>
        <translation>Seite %2 der Datei %1 liegt im Page Cache (Frame %3)</translation>
    </message>
    <message>
        <source>Page %2 of file %1 is not in the page cache</source>
        <translation>Seite %2 der Datei %1 liegt nicht im Page Cache</translation>
    </message>
    <message>
        <source>Page %2 of file %1 is read from disk into frame %3 (a major fault)</source>
        <translation>Seite %2 der Datei %1 wird von der Platte in Frame %3 gelesen (ein Major Fault)</translation>
    </message>
    <message>
        <source>Copy-on-write at %1 (pid %2): frame %3 is copied to frame %4, now private and writable</source>
        <translation>Copy-on-Write bei %1 (PID %2): Frame %3 wird nach Frame %4 kopiert, jetzt privat und schreibbar</translation>
    </message>
    <message>
        <source>Copy-on-write at %1 (pid %2): frame %3 has no other mapper, so it is reused and made writable</source>
        <translation>Copy-on-Write bei %1 (PID %2): Frame %3 hat keinen anderen Nutzer, wird also weiterverwendet und schreibbar gemacht</translation>
    </message>
    <message>
        <source>The kernel sends %1 (%2) to pid %3 for %4</source>
        <translation>Der Kernel sendet %1 (%2) an PID %3 wegen %4</translation>
    </message>
    <message>
        <source>Frame %1 is free again</source>
        <translation>Frame %1 ist wieder frei</translation>
    </message>
    <message>
        <source>Dirty page %2 of file %1 (frame %3) is written back to disk</source>
        <translation>Die geänderte Seite %2 der Datei %1 (Frame %3) wird auf die Platte zurückgeschrieben</translation>
    </message>
    <message>
        <source>remap_pfn_range maps %4 device page(s) from frame %3 at %2 for pid %1</source>
        <translation>remap_pfn_range bildet %4 Geräteseite(n) ab Frame %3 bei %2 für PID %1 ab</translation>
    </message>
    <message>
        <source>fork: %3 (pid %2) is created as a copy of pid %1, sharing its pages copy-on-write</source>
        <translation>fork: %3 (PID %2) entsteht als Kopie von PID %1 und teilt dessen Seiten per Copy-on-Write</translation>
    </message>
    <message>
        <source>%1 (pid %2) exits; %3 frames are freed</source>
        <translation>%1 (PID %2) endet; %3 Frames werden frei</translation>
    </message>
    <message>
        <source>The fault at %1 (pid %2) is resolved: %3%4</source>
        <translation>Der Fault bei %1 (PID %2) ist behoben: %3%4</translation>
    </message>
    <message>
        <source>%1: access_ok(%2, %3) for pid %4 %5</source>
        <translation>%1: access_ok(%2, %3) für PID %4 %5</translation>
    </message>
    <message>
        <source>%1: STAC sets EFLAGS.AC, so SMAP lets the kernel touch user pages</source>
        <translation>%1: STAC setzt EFLAGS.AC, also lässt SMAP den Kernel auf User-Seiten zugreifen</translation>
    </message>
    <message>
        <source>%1: CLAC clears EFLAGS.AC, so SMAP guards user pages again</source>
        <translation>%1: CLAC löscht EFLAGS.AC, also schützt SMAP die User-Seiten wieder</translation>
    </message>
    <message>
        <source>%1 copies %2 bytes %3 user address %4 (pid %5)</source>
        <translation>%1 kopiert %2 Bytes %3 User-Adresse %4 (PID %5)</translation>
    </message>
    <message>
        <source>%1: the fault at %2 cannot be resolved; the exception table sends it to the fixup, and the routine returns %3</source>
        <translation>%1: Der Fault bei %2 lässt sich nicht beheben; die Exception Table leitet ihn zum Fixup, und die Routine gibt %3 zurück</translation>
    </message>
    <message>
        <source>Kernel oops (no exception-table entry for this access): %1</source>
        <translation>Kernel-Oops (kein Eintrag der Exception Table für diesen Zugriff): %1</translation>
    </message>
    <message>
        <source>Reclaim finds frame %1 referenced: the accessed bit was set in %2 PTE(s) and is now cleared, without a TLB flush (x86 ptep_clear_flush_young)</source>
        <translation>Reclaim findet Frame %1 referenziert: Das Accessed-Bit war in %2 PTE(s) gesetzt und wird jetzt gelöscht, ohne TLB-Flush (x86 ptep_clear_flush_young)</translation>
    </message>
    <message>
        <source>Reclaim finds frame %1 not referenced since it last looked</source>
        <translation>Reclaim findet Frame %1 seit der letzten Prüfung nicht referenziert</translation>
    </message>
    <message>
        <source>The %1 policy chooses frame %2 (%3 page) to evict</source>
        <translation>Die Strategie %1 wählt Frame %2 (%3-Seite) zum Verdrängen</translation>
    </message>
    <message>
        <source>Frame %1 is written to swap area %2, slot %3; %4 PTE(s) now hold that swap entry with P=0</source>
        <translation>Frame %1 wird in den Swap-Bereich %2, Slot %3 geschrieben; %4 PTE(s) enthalten jetzt diesen Swap-Eintrag mit P=0</translation>
    </message>
    <message>
        <source>Page %1 of pid %2 is read from swap area %3, slot %4, into frame %5 (%6 ns; a major fault)</source>
        <translation>Seite %1 von PID %2 wird aus dem Swap-Bereich %3, Slot %4 in Frame %5 gelesen (%6 ns; ein Major Fault)</translation>
    </message>
    <message>
        <source>Clean page %2 of file %1 (frame %3) is dropped from the page cache</source>
        <translation>Die unveränderte Seite %2 der Datei %1 (Frame %3) wird aus dem Page Cache entfernt</translation>
    </message>
    <message>
        <source>Page %2 of file %1 (frame %3), written back, is dropped from the page cache</source>
        <translation>Seite %2 der Datei %1 (Frame %3) wird zurückgeschrieben und aus dem Page Cache entfernt</translation>
    </message>
    <message>
        <source>Out of memory (%4): the OOM killer kills %1 (pid %2), badness %3</source>
        <translation>Kein Speicher mehr (%4): Der OOM-Killer beendet %1 (PID %2), Badness %3</translation>
    </message>
    <message>
        <source>Frame %1 is clean in the swap cache: slot %3 of swap area %2 still holds its bytes, so nothing is written; %4 PTE(s) now hold that swap entry with P=0</source>
        <translation>Frame %1 ist im Swap-Cache unverändert: Slot %3 des Swap-Bereichs %2 enthält noch seine Bytes, also wird nichts geschrieben; %4 PTE(s) enthalten jetzt diesen Swap-Eintrag mit P=0</translation>
    </message>
    <message>
        <source>Frame %1 joins the swap cache as slot %3 of swap area %2</source>
        <translation>Frame %1 kommt als Slot %3 des Swap-Bereichs %2 in den Swap-Cache</translation>
    </message>
    <message>
        <source>Page %1 of pid %2 is found in the swap cache (frame %3, slot %5 of swap area %4): mapped without I/O, a minor fault</source>
        <translation>Seite %1 von PID %2 liegt im Swap-Cache (Frame %3, Slot %5 des Swap-Bereichs %4): ohne I/O abgebildet, ein Minor Fault</translation>
    </message>
    <message>
        <source>Frame %1 leaves the swap cache (%4); slot %3 of swap area %2 is free again</source>
        <translation>Frame %1 verlässt den Swap-Cache (%4); Slot %3 des Swap-Bereichs %2 ist wieder frei</translation>
    </message>
    <message>
        <source>Frame %1 leaves the swap cache (%4); slot %3 of swap area %2 stays, held by %5 swap PTE(s)</source>
        <translation>Frame %1 verlässt den Swap-Cache (%4); Slot %3 des Swap-Bereichs %2 bleibt, gehalten von %5 Swap-PTE(s)</translation>
    </message>
    <message>
        <source>TLB %1 set %2 way %3: the entry for %4 -&gt; frame %5 (%6 page, PCID %7) is removed</source>
        <translation>TLB %1, Set %2, Way %3: Der Eintrag für %4 -&gt; Frame %5 (%6-Seite, PCID %7) wird entfernt</translation>
    </message>
    <message>
        <source>TLB %1 set %2 way %3: the global entry for %4 -&gt; frame %5 (%6 page) is removed</source>
        <translation>TLB %1, Set %2, Way %3: Der globale Eintrag für %4 -&gt; Frame %5 (%6-Seite) wird entfernt</translation>
    </message>
    <message>
        <source>pte looks at the page walk (%1) of %2 in %3 (pid %4) from the table at physical %5: the TLB is not consulted and no Accessed or Dirty bit is set</source>
        <translation>pte betrachtet den Page Walk (%1) von %2 in %3 (PID %4) ab der Tabelle an physisch %5: Der TLB wird nicht befragt, und kein Accessed- oder Dirty-Bit wird gesetzt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>user anonymous</source>
        <translation>User, anonym</translation>
    </message>
    <message>
        <source>page cache, clean</source>
        <translation>Page Cache, unverändert</translation>
    </message>
    <message>
        <source>page cache, dirty</source>
        <translation>Page Cache, geändert</translation>
    </message>
    <message>
        <source>shared memory</source>
        <translation>Shared Memory</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>Seitentabellen</translation>
    </message>
    <message>
        <source>locked (mlock)</source>
        <translation>gesperrt (mlock)</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Frames must be between 1 and %1.</source>
        <translation>Die Frames müssen zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>Choose a trace file first.</source>
        <translation>Wählen Sie zuerst eine Trace-Datei.</translation>
    </message>
    <message>
        <source>At most %1 references, please.</source>
        <translation>Bitte höchstens %1 Referenzen.</translation>
    </message>
    <message>
        <source>At most %1 pages, please.</source>
        <translation>Bitte höchstens %1 Seiten.</translation>
    </message>
    <message>
        <source>The trace has no references.</source>
        <translation>Der Trace enthält keine Referenzen.</translation>
    </message>
    <message>
        <source>%1: %2 faults with %3 frames, %4 with %5. </source>
        <translation>%1: %2 Faults mit %3 Frames, %4 mit %5. </translation>
    </message>
    <message>
        <source>LRU (exact, Mattson)</source>
        <translation>LRU (exakt, Mattson)</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>OPT (Belady&apos;s MIN)</source>
        <translation>OPT (Beladys MIN)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Erledigt ✓</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Done when:</source>
        <translation>Erledigt, wenn:</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Solution:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>Points at:</source>
        <translation>Zeigt auf:</translation>
    </message>
    <message>
        <source>This is the lesson&apos;s last step.</source>
        <translation>Das ist der letzte Schritt der Lektion.</translation>
    </message>
</context>
<context>
    <name>SwapTiersModel</name>
    <message>
        <source>swap-out</source>
        <translation>Auslagern</translation>
    </message>
    <message>
        <source>swap-out (clean)</source>
        <translation>Auslagern (unverändert)</translation>
    </message>
    <message>
        <source>swap-in</source>
        <translation>Einlagern</translation>
    </message>
    <message>
        <source>swap cache</source>
        <translation>Swap-Cache</translation>
    </message>
    <message>
        <source>swap cache hit</source>
        <translation>Treffer im Swap-Cache</translation>
    </message>
    <message>
        <source>leaves the swap cache</source>
        <translation>verlässt den Swap-Cache</translation>
    </message>
</context>
<context>
    <name>ZoomLabel</name>
    <message>
        <source>Frame %1</source>
        <translation>Frame %1</translation>
    </message>
    <message>
        <source>Frame %1 (a page table)</source>
        <translation>Frame %1 (eine Seitentabelle)</translation>
    </message>
    <message>
        <source>Level %1 entry %2</source>
        <translation>Ebene %1, Eintrag %2</translation>
    </message>
    <message>
        <source>Level %1 entry: A set</source>
        <translation>Eintrag auf Ebene %1: A gesetzt</translation>
    </message>
    <message>
        <source>Level %1 entry: D set</source>
        <translation>Eintrag auf Ebene %1: D gesetzt</translation>
    </message>
    <message>
        <source>Level %1 entry</source>
        <translation>Eintrag auf Ebene %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>TLB set %1, way %2</source>
        <translation>TLB-Set %1, Way %2</translation>
    </message>
    <message>
        <source>TLB entry for %1</source>
        <translation>TLB-Eintrag für %1</translation>
    </message>
    <message>
        <source>Swap area %1, slot %2</source>
        <translation>Swap-Bereich %1, Slot %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PageLab: how Linux manages memory, step by step.</source>
        <translation>PageLab: Wie Linux den Speicher verwaltet, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Run the scenario FILE to its end at start.</source>
        <translation>Beim Start das Szenario FILE bis zum Ende ausführen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Open FILE (a scenario to step through, or a saved session).</source>
        <translation>FILE öffnen (ein Szenario zum schrittweisen Ausführen oder eine gespeicherte Sitzung).</translation>
    </message>
    <message>
        <source>Open the lesson ID (e.g. page-walk) at start.</source>
        <translation>Beim Start die Lektion ID öffnen (z. B. page-walk).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Start in presentation mode (full screen, large type).</source>
        <translation>Im Präsentationsmodus starten (Vollbild, große Schrift).</translation>
    </message>
</context>
<context>
    <name>pagelab::ui</name>
    <message>
        <source>unmapped</source>
        <translation>nicht abgebildet</translation>
    </message>
    <message>
        <source>not yet touched</source>
        <translation>noch nicht berührt</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>resident</translation>
    </message>
    <message>
        <source>swapped out</source>
        <translation>ausgelagert</translation>
    </message>
    <message>
        <source>file-backed, clean</source>
        <translation>dateigestützt, unverändert</translation>
    </message>
    <message>
        <source>file-backed, dirty</source>
        <translation>dateigestützt, geändert</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>device memory</source>
        <translation>Gerätespeicher</translation>
    </message>
    <message>
        <source>PROT_NONE (frame kept, not present)</source>
        <translation>PROT_NONE (Frame bleibt, nicht vorhanden)</translation>
    </message>
    <message>
        <source>There is nothing to export: the view is hidden or empty.</source>
        <translation>Nichts zu exportieren: Die Ansicht ist verborgen oder leer.</translation>
    </message>
    <message>
        <source>Exported from PageLab</source>
        <translation>Aus PageLab exportiert</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation>%1: Die SVG-Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: cannot write the image (is the suffix .png, .jpg or .svg?)</source>
        <translation>%1: Das Bild kann nicht geschrieben werden (endet der Name auf .png, .jpg oder .svg?)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>page table</source>
        <translation>Seitentabelle</translation>
    </message>
    <message>
        <source>user page (anonymous)</source>
        <translation>User-Seite (anonym)</translation>
    </message>
    <message>
        <source>page cache, clean</source>
        <translation>Page Cache, unverändert</translation>
    </message>
    <message>
        <source>page cache, dirty</source>
        <translation>Page Cache, geändert</translation>
    </message>
    <message>
        <source>shared memory (shm)</source>
        <translation>Shared Memory (shm)</translation>
    </message>
    <message>
        <source>user page shared by several mappers (copy-on-write)</source>
        <translation>User-Seite, von mehreren geteilt (Copy-on-Write)</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>access_ok refused the range (it reaches past TASK_SIZE_MAX): nothing was touched.</source>
        <translation>access_ok lehnte den Bereich ab (er reicht über TASK_SIZE_MAX hinaus): Nichts wurde berührt.</translation>
    </message>
    <message>
        <source>1: the range lies below TASK_SIZE_MAX (no mapping is checked).</source>
        <translation>1: Der Bereich liegt unter TASK_SIZE_MAX (keine Abbildung wird geprüft).</translation>
    </message>
    <message>
        <source>0: the range reaches past TASK_SIZE_MAX.</source>
        <translation>0: Der Bereich reicht über TASK_SIZE_MAX hinaus.</translation>
    </message>
    <message>
        <source>0 bytes not copied: all %1 bytes moved.</source>
        <translation>0 Bytes nicht kopiert: Alle %1 Bytes wurden übertragen.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes were NOT copied: the copy stopped at the first page that could not be made present.</source>
        <translation>%1 von %2 Bytes wurden NICHT kopiert: Die Kopie hielt an der ersten Seite an, die nicht vorhanden gemacht werden konnte.</translation>
    </message>
    <message>
        <source>0: the value moved.</source>
        <translation>0: Der Wert wurde übertragen.</translation>
    </message>
    <message>
        <source>-EFAULT (-14): the address cannot be accessed.</source>
        <translation>-EFAULT (-14): Auf die Adresse kann nicht zugegriffen werden.</translation>
    </message>
    <message>
        <source>0: a fault stopped the scan.</source>
        <translation>0: Ein Fault hat die Suche angehalten.</translation>
    </message>
    <message>
        <source>%1 &gt; %2: no NUL within the %2 bytes allowed.</source>
        <translation>%1 &gt; %2: kein NUL innerhalb der erlaubten %2 Bytes.</translation>
    </message>
    <message>
        <source>%1: the string is %2 bytes long, plus its NUL.</source>
        <translation>%1: Die Zeichenkette ist %2 Bytes lang, dazu ihr NUL.</translation>
    </message>
    <message>
        <source>-EFAULT (-14): a fault stopped the copy.</source>
        <translation>-EFAULT (-14): Ein Fault hat die Kopie angehalten.</translation>
    </message>
    <message>
        <source>%1: no NUL within %1 bytes, the copy is not terminated.</source>
        <translation>%1: kein NUL innerhalb von %1 Bytes, die Kopie ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>%1: the string&apos;s length without its NUL.</source>
        <translation>%1: die Länge der Zeichenkette ohne ihr NUL.</translation>
    </message>
    <message>
        <source>The routine returned %1.</source>
        <translation>Die Routine gab %1 zurück.</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::AddressSpaceDock</name>
    <message>
        <source>Address spaces</source>
        <translation>Adressräume</translation>
    </message>
    <message>
        <source>Zoom in around the middle (or use the mouse wheel over a VMA)</source>
        <translation>Um die Mitte vergrößern (oder das Mausrad über einer VMA benutzen)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show every VMA of every process</source>
        <translation>Jede VMA jedes Prozesses zeigen</translation>
    </message>
    <message>
        <source>Click a page for its details; right-click for commands.</source>
        <translation>Klicken Sie auf eine Seite für Details, Rechtsklick für Befehle.</translation>
    </message>
    <message>
        <source>not touched</source>
        <translation>nicht berührt</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>resident</translation>
    </message>
    <message>
        <source>swapped</source>
        <translation>ausgelagert</translation>
    </message>
    <message>
        <source>file clean</source>
        <translation>Datei unverändert</translation>
    </message>
    <message>
        <source>file dirty</source>
        <translation>Datei geändert</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>%1 (pid %2) has exited: the page it showed here is gone. Click a page for its details.</source>
        <translation>%1 (PID %2) ist beendet: Die Seite, die hier stand, gibt es nicht mehr. Klicken Sie auf eine Seite für ihre Details.</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::AddressSpaceView</name>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>No process yet: `process NAME layout=classic` creates one.</source>
        <translation>Noch kein Prozess: `process NAME layout=classic` erzeugt einen.</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>CR3 %1</source>
        <translation>CR3 %1</translation>
    </message>
    <message>
        <source>anon</source>
        <translation>anon</translation>
    </message>
    <message>
        <source>%1 (pid %2), CR3 %3</source>
        <translation>%1 (PID %2), CR3 %3</translation>
    </message>
    <message>
        <source>No VMA here: an access is a segmentation fault.</source>
        <translation>Hier ist keine VMA: Ein Zugriff ist ein Segmentation Fault.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: </source>
        <translation>Seite %1: </translation>
    </message>
    <message>
        <source>not yet touched (no PTE): the first access faults it in.</source>
        <translation>noch nicht berührt (kein PTE): Der erste Zugriff holt sie per Fault herein.</translation>
    </message>
    <message>
        <source> to area %1</source>
        <translation> in Bereich %1</translation>
    </message>
    <message>
        <source>, frame %1</source>
        <translation>, Frame %1</translation>
    </message>
    <message>
        <source>, locked (mlock)</source>
        <translation>, gesperrt (mlock)</translation>
    </message>
    <message>
        <source>PTE %1</source>
        <translation>PTE %1</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Berühren</translation>
    </message>
    <message>
        <source>Touch for writing</source>
        <translation>Schreibend berühren</translation>
    </message>
    <message>
        <source>munlock the page</source>
        <translation>Seite entsperren (munlock)</translation>
    </message>
    <message>
        <source>mlock the page</source>
        <translation>Seite sperren (mlock)</translation>
    </message>
    <message>
        <source>munmap the page</source>
        <translation>Seite freigeben (munmap)</translation>
    </message>
    <message>
        <source>invlpg</source>
        <translation>invlpg</translation>
    </message>
    <message>
        <source>Zoom to this VMA</source>
        <translation>Auf diese VMA zoomen</translation>
    </message>
    <message>
        <source>killed (OOM), gone</source>
        <translation>beendet (OOM), fort</translation>
    </message>
    <message>
        <source>killed (OOM)</source>
        <translation>beendet (OOM)</translation>
    </message>
    <message>
        <source>Killed by the OOM killer; the process is gone.</source>
        <translation>Vom OOM-Killer beendet; der Prozess ist fort.</translation>
    </message>
    <message>
        <source>Killed by the OOM killer: its memory is freed, the process goes next.</source>
        <translation>Vom OOM-Killer beendet: Sein Speicher ist frei, der Prozess verschwindet als Nächstes.</translation>
    </message>
    <message>
        <source>%1 (pid %2) was killed by the OOM killer: out of memory (%3), and it had the highest badness, %4 pages of memory, swap and page tables.%5</source>
        <translation>%1 (PID %2) wurde vom OOM-Killer beendet: kein Speicher mehr (%3), und er hatte die höchste Badness, %4 Seiten in Speicher, Swap und Seitentabellen.%5</translation>
    </message>
    <message>
        <source>The process is gone.</source>
        <translation>Der Prozess ist fort.</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::ChartsDock</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Fault and TLB rates</source>
        <translation>Fault- und TLB-Raten</translation>
    </message>
    <message>
        <source>Miss-ratio curves</source>
        <translation>Fehlraten-Kurven</translation>
    </message>
    <message>
        <source>Memory and swap</source>
        <translation>Speicher und Swap</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::CommandProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the command: the machine stays as it was before it</source>
        <translation>Den Befehl abbrechen: die Maschine bleibt, wie sie vor ihm war</translation>
    </message>
    <message>
        <source>%1 of %2 references</source>
        <translation>%1 von %2 Speicherzugriffen</translation>
    </message>
    <message>
        <source>Preparing %1: replaying the command before it</source>
        <translation>%1 wird vorbereitet: der Befehl davor läuft noch einmal</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>Cancelling %1: restoring the state before it</source>
        <translation>%1 wird abgebrochen: der Zustand davor wird wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 · %p%</source>
        <translation>%1 · %p%</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::ConsoleDock</name>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>What the machine says appears here.</source>
        <translation>Hier erscheint, was die Maschine meldet.</translation>
    </message>
    <message>
        <source>Type a command and press Enter</source>
        <translation>Befehl eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>A command of the scenario language, e.g. process p. Up/Down: earlier commands. Tab: complete the command word.</source>
        <translation>Ein Befehl der Szenariosprache, z. B. process p. Auf/Ab: frühere Befehle. Tab: Befehlswort ergänzen.</translation>
    </message>
    <message>
        <source>Cancelled: the machine is as it was before the command, which is not kept.</source>
        <translation>Abgebrochen: die Maschine ist wie vor dem Befehl, der nicht behalten wird.</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::EventCaption</name>
    <message>
        <source>%1 · event %2 of %3</source>
        <translation>%1 · Ereignis %2 von %3</translation>
    </message>
    <message>
        <source>Space or PageDown: forward · PageUp: back · B: blank screen · Esc: leave</source>
        <translation>Leertaste oder Bild ab: weiter · Bild auf: zurück · B: Bildschirm schwarz · Esc: beenden</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::EventLogDock</name>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Filter events (e.g. TlbLookup, fault, 0x1000)</source>
        <translation>Ereignisse filtern (z. B. TlbLookup, fault, 0x1000)</translation>
    </message>
    <message>
        <source>Every step the machine takes appears here, in words.</source>
        <translation>Hier erscheint jeder Schritt der Maschine in Worten.</translation>
    </message>
    <message>
        <source>%1. %2 (%3): %4</source>
        <translation>%1. %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::EventLogModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::FocusZoom</name>
    <message>
        <source>Magnified: %1</source>
        <translation>Vergrößert: %1</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::FrameGridView</name>
    <message>
        <source>Frames %1 to %2 (click to zoom in)</source>
        <translation>Frames %1 bis %2 (Klick vergrößert)</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::FrameMapModel</name>
    <message>
        <source>Frame %1 (physical %2): </source>
        <translation>Frame %1 (physisch %2): </translation>
    </message>
    <message>
        <source>Owner: %1 (pid %2)</source>
        <translation>Besitzer: %1 (PID %2)</translation>
    </message>
    <message>
        <source>Locked in memory (mlock): reclaim leaves it alone</source>
        <translation>Im Speicher gesperrt (mlock): Reclaim lässt ihn in Ruhe</translation>
    </message>
    <message>
        <source>In the swap cache: slot %1 of %2</source>
        <translation>Im Swap-Cache: Slot %1 von %2</translation>
    </message>
    <message>
        <source>Mapped by no one (held by the page cache or shm object)</source>
        <translation>Von niemandem abgebildet (gehalten vom Page Cache oder shm-Objekt)</translation>
    </message>
    <message>
        <source>Mapped by %1 (pid %2) at %3</source>
        <translation>Abgebildet von %1 (PID %2) bei %3</translation>
    </message>
    <message>
        <source>Read through %1 at %2</source>
        <translation>Über %1 bei %2 lesen</translation>
    </message>
    <message>
        <source>Write through %1 at %2</source>
        <translation>Über %1 bei %2 schreiben</translation>
    </message>
    <message>
        <source>munlock it in %1</source>
        <translation>In %1 entsperren (munlock)</translation>
    </message>
    <message>
        <source>mlock it in %1</source>
        <translation>In %1 sperren (mlock)</translation>
    </message>
    <message>
        <source>munmap it from %1</source>
        <translation>Aus %1 entfernen (munmap)</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::LessonBrowser</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::LessonLibrary</name>
    <message>
        <source> (and %1 more)</source>
        <translation> (und %1 weitere)</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::LessonListModel</name>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>%1 of 1 step</source>
        <translation>%1 von 1 Schritt</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 von %2 Schritten</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Experte</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>No lesson is open. Pick one in the lesson browser on the welcome page, or in the Lessons menu.</source>
        <translation>Keine Lektion ist geöffnet. Wählen Sie eine in der Lektionsübersicht der Startseite oder im Menü Lektionen.</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Zeig es mir</translation>
    </message>
    <message>
        <source>Run the solution: the views show what it does</source>
        <translation>Die Lösung ausführen: Die Ansichten zeigen, was sie bewirkt</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Schritt neu starten</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Several answers are right.</source>
        <translation>Mehrere Antworten sind richtig.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>Nicht ganz: Die Antwort ist %1.</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; The machine is in the state the task asked for.</source>
        <translation>&lt;b&gt;Geschafft.&lt;/b&gt; Die Maschine ist in dem Zustand, den die Aufgabe verlangt.</translation>
    </message>
    <message>
        <source>Not done yet: type commands in the console.</source>
        <translation>Noch nicht geschafft: Geben Sie Befehle in der Konsole ein.</translation>
    </message>
    <message>
        <source>The answer is %1.</source>
        <translation>Die Antwort ist %1.</translation>
    </message>
    <message>
        <source>The explanation follows when the views have shown the answer.</source>
        <translation>Die Erklärung folgt, sobald die Ansichten die Antwort gezeigt haben.</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::MainWindow</name>
    <message>
        <source>PageLab</source>
        <translation>PageLab</translation>
    </message>
    <message>
        <source>Ready: type a command in the console, or pick an example.</source>
        <translation>Bereit: Geben Sie einen Befehl in der Konsole ein oder wählen Sie ein Beispiel.</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Lesson &amp;browser</source>
        <translation>Lektions&amp;übersicht</translation>
    </message>
    <message>
        <source>Show the lessons on the welcome page</source>
        <translation>Die Lektionen auf der Startseite zeigen</translation>
    </message>
    <message>
        <source>&amp;Reset progress…</source>
        <translation>Fortschritt &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>Fortschritt zurücksetzen</translation>
    </message>
    <message>
        <source>Forget which steps of which lessons you have done?</source>
        <translation>Vergessen, welche Schritte welcher Lektionen Sie erledigt haben?</translation>
    </message>
    <message>
        <source>error: there is no lesson &apos;%1&apos; in %2</source>
        <translation>Fehler: In %2 gibt es keine Lektion „%1“</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Lektion: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a scenario (.vms) to step through, or a saved session (.pagelab)</source>
        <translation>Ein Szenario (.vms) zum schrittweisen Ausführen oder eine gespeicherte Sitzung (.pagelab) öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save as &amp;scenario…</source>
        <translation>Als Sze&amp;nario speichern…</translation>
    </message>
    <message>
        <source>Every command of this session as a scenario file</source>
        <translation>Alle Befehle dieser Sitzung als Szenariodatei</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>Sitzung &amp;speichern…</translation>
    </message>
    <message>
        <source>The whole session, with the player&apos;s position, to open again later</source>
        <translation>Die ganze Sitzung mit der Position des Players, um sie später wieder zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Export view</source>
        <translation>Ansicht e&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen with large type, for a projector (F5 again to leave)</source>
        <translation>Vollbild mit großer Schrift, für den Beamer (F5 erneut zum Verlassen)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PageLab</source>
        <translation>&amp;Über PageLab</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>%1: error: cannot open the scenario: %2</source>
        <translation>%1: Fehler: Das Szenario kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: error: %2 bytes is more than the 16 MiB a scenario may have</source>
        <translation>%1: Fehler: %2 Bytes sind mehr als die 16 MiB, die ein Szenario haben darf</translation>
    </message>
    <message>
        <source>Ran %1</source>
        <translation>%1 ausgeführt</translation>
    </message>
    <message>
        <source>%1 stopped with an error (see the console)</source>
        <translation>%1 wurde mit einem Fehler beendet (siehe Konsole)</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n command(s) ready. Step (PageDown), Next (F10) or Run (F8).</source>
        <translation>
            <numerusform>%1 geöffnet: %n Befehl bereit. Schritt (Bild ab), Weiter (F10) oder Ausführen (F8).</numerusform>
            <numerusform>%1 geöffnet: %n Befehle bereit. Schritt (Bild ab), Weiter (F10) oder Ausführen (F8).</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>PageLab files (*.vms *.pagelab);;Scenarios (*.vms);;Sessions (*.pagelab);;All files (*)</source>
        <translation>PageLab-Dateien (*.vms *.pagelab);;Szenarien (*.vms);;Sitzungen (*.pagelab);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save as scenario</source>
        <translation>Als Szenario speichern</translation>
    </message>
    <message>
        <source>Scenarios (*.vms)</source>
        <translation>Szenarien (*.vms)</translation>
    </message>
    <message>
        <source># Saved by PageLab from a session
</source>
        <translation># Von PageLab aus einer Sitzung gespeichert
</translation>
    </message>
    <message>
        <source>%1: error: cannot write the scenario: %2</source>
        <translation>%1: Fehler: Das Szenario kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>PageLab sessions (*.pagelab)</source>
        <translation>PageLab-Sitzungen (*.pagelab)</translation>
    </message>
    <message>
        <source>Saved the session to %1</source>
        <translation>Sitzung in %1 gespeichert</translation>
    </message>
    <message>
        <source>The current session is unchanged.</source>
        <translation>Die aktuelle Sitzung bleibt unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Restored the session from %1: %n command(s).</source>
        <translation>
            <numerusform>Sitzung aus %1 wiederhergestellt: %n Befehl.</numerusform>
            <numerusform>Sitzung aus %1 wiederhergestellt: %n Befehle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>About PageLab</source>
        <translation>Über PageLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PageLab %1&lt;/h3&gt;&lt;p&gt;PageLab teaches how Linux manages memory: address spaces, x86 page tables and the TLB, page faults, and, in later versions, swap, sharing, pinning and the kernel&apos;s uaccess API.&lt;/p&gt;&lt;p&gt;Every step of the simulated machine is recorded and explained; the console speaks the PageLab scenario language.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PageLab %1&lt;/h3&gt;&lt;p&gt;PageLab zeigt, wie Linux den Speicher verwaltet: Adressräume, x86-Seitentabellen und der TLB, Page Faults und, in späteren Versionen, Swap, Sharing, Pinning und die uaccess-API des Kernels.&lt;/p&gt;&lt;p&gt;Jeder Schritt der simulierten Maschine wird aufgezeichnet und erklärt; die Konsole spricht die Szenariosprache von PageLab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&lt;p&gt;PageLab is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;/p&gt;&lt;p&gt;PageLab is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;PageLab uses Qt (LGPL-3.0 / GPL) and QCustomPlot (GPL-3.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;PageLab ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version.&lt;/p&gt;&lt;p&gt;PageLab wird in der Hoffnung verbreitet, dass es nützlich ist, aber OHNE JEDE GEWÄHRLEISTUNG; sogar ohne die implizite Gewährleistung der MARKTREIFE oder der EIGNUNG FÜR EINEN BESTIMMTEN ZWECK. Details finden Sie in der GNU General Public License: &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0&lt;/a&gt;. (Rechtlich verbindlich ist nur der englische Originaltext.)&lt;/p&gt;&lt;p&gt;PageLab verwendet Qt (LGPL-3.0 / GPL) und QCustomPlot (GPL-3.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Running %1 (the console shows its progress)</source>
        <translation>%1 läuft (die Konsole zeigt den Fortschritt)</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 was not restored to its end (see the console)</source>
        <translation>%1 wurde nicht bis zum Ende wiederhergestellt (siehe Konsole)</translation>
    </message>
    <message numerus="yes">
        <source>Restoring the session from %1: %n command(s); long ones run again in the background (Cancel stops there, the rest stays queued).</source>
        <translation>
            <numerusform>Sitzung aus %1 wird wiederhergestellt: %n Befehl; lange Befehle laufen im Hintergrund erneut (Abbrechen hält dort an, der Rest bleibt in der Warteschlange).</numerusform>
            <numerusform>Sitzung aus %1 wird wiederhergestellt: %n Befehle; lange Befehle laufen im Hintergrund erneut (Abbrechen hält dort an, der Rest bleibt in der Warteschlange).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring %1 (the console shows its progress)</source>
        <translation>%1 wird wiederhergestellt (die Konsole zeigt den Fortschritt)</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>The welcome page with the lesson browser (it steps aside while a lesson runs)</source>
        <translation>Die Startseite mit der Lektionsübersicht (sie tritt zurück, solange eine Lektion läuft)</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::MemoryChart</name>
    <message>
        <source>Every frame of RAM by what it holds, and the slots of each swap area in use.</source>
        <translation>Jeder Frame des RAM nach seinem Inhalt und die belegten Slots jedes Swap-Bereichs.</translation>
    </message>
    <message>
        <source>RAM (%1 frames)</source>
        <translation>RAM (%1 Frames)</translation>
    </message>
    <message>
        <source>swap %1 (%2 slots)</source>
        <translation>Swap %1 (%2 Slots)</translation>
    </message>
    <message>
        <source>%1: %2 pages, %3</source>
        <translation>%1: %2 Seiten, %3</translation>
    </message>
    <message>
        <source>swapped out</source>
        <translation>ausgelagert</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Memory and swap</source>
        <translation>Speicher und Swap</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::MrcPanel</name>
    <message>
        <source>Belady&apos;s string 1 2 3 4 1 2 5 1 2 3 4 5</source>
        <translation>Beladys Folge 1 2 3 4 1 2 5 1 2 3 4 5</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Trace file</source>
        <translation>Trace-Datei</translation>
    </message>
    <message>
        <source>The reference string whose miss-ratio curves are computed.</source>
        <translation>Die Referenzfolge, deren Fehlraten-Kurven berechnet werden.</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>references</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>theta</source>
        <translation>Theta</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>trace file</source>
        <translation>Trace-Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>pages: a page number per line; addresses: a hex address per line; lackey: valgrind --tool=lackey --trace-mem=yes</source>
        <translation>pages: eine Seitennummer pro Zeile; addresses: eine Hex-Adresse pro Zeile; lackey: valgrind --tool=lackey --trace-mem=yes</translation>
    </message>
    <message>
        <source>The largest memory size, in frames, on the curve.</source>
        <translation>Die größte Speichergröße auf der Kurve, in Frames.</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops between chunks of the trace, inside the LRU pass and between two sizes; one simulation at one size runs to its end.</source>
        <translation>Hält zwischen Abschnitten des Trace, innerhalb des LRU-Durchlaufs und zwischen zwei Größen an; eine Simulation bei einer Größe läuft bis zum Ende.</translation>
    </message>
    <message>
        <source>Reference string</source>
        <translation>Referenzfolge</translation>
    </message>
    <message>
        <source>up to frames</source>
        <translation>bis Frames</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>miss ratio (faults per reference)</source>
        <translation>Fehlrate (Faults pro Referenz)</translation>
    </message>
    <message>
        <source>Faults per reference against the number of frames. LRU and OPT never get worse with more frames; FIFO can (Belady&apos;s anomaly).</source>
        <translation>Faults pro Referenz über der Zahl der Frames. LRU und OPT werden mit mehr Frames nie schlechter; FIFO kann es (Beladys Anomalie).</translation>
    </message>
    <message>
        <source>Choose a reference string and press Compute.</source>
        <translation>Wählen Sie eine Referenzfolge und drücken Sie Berechnen.</translation>
    </message>
    <message>
        <source>Open a trace</source>
        <translation>Trace öffnen</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Berechne…</translation>
    </message>
    <message>
        <source>Cancelled: the curves shown are from the previous run.</source>
        <translation>Abgebrochen: Die gezeigten Kurven stammen aus dem vorigen Lauf.</translation>
    </message>
    <message>
        <source>%1 references to %2 distinct pages, 1 to %3 frames.</source>
        <translation>%1 Referenzen auf %2 verschiedene Seiten, 1 bis %3 Frames.</translation>
    </message>
    <message>
        <source>Belady&apos;s anomaly: %1</source>
        <translation>Beladys Anomalie: %1</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::Palette</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Colour-blind safe (Okabe–Ito)</source>
        <translation>Für Farbenblinde (Okabe–Ito)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::PhysicalMemoryDock</name>
    <message>
        <source>Physical memory</source>
        <translation>Physischer Speicher</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Back to the map of every frame</source>
        <translation>Zurück zur Karte aller Frames</translation>
    </message>
    <message>
        <source>Click a frame for its details; right-click a user frame for commands.</source>
        <translation>Klicken Sie auf einen Frame für Details, Rechtsklick auf einen User-Frame für Befehle.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>Seitentabellen</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>cache clean</source>
        <translation>Cache unverändert</translation>
    </message>
    <message>
        <source>cache dirty</source>
        <translation>Cache geändert</translation>
    </message>
    <message>
        <source>shared/shm</source>
        <translation>geteilt/shm</translation>
    </message>
    <message>
        <source>locked mark</source>
        <translation>Markierung gesperrt</translation>
    </message>
    <message>
        <source>(%1 frames per dot; click to zoom in)</source>
        <translation>(%1 Frames pro Punkt; Klick vergrößert)</translation>
    </message>
    <message>
        <source>(frames from %1; wheel scrolls)</source>
        <translation>(Frames ab %1; Mausrad blättert)</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::Player</name>
    <message>
        <source>Still running %1: wait for it to finish or press Cancel, then type again.</source>
        <translation>%1 läuft noch: warten, bis der Befehl fertig ist, oder Abbrechen drücken, dann erneut eingeben.</translation>
    </message>
    <message>
        <source>%1: cancelled before it started</source>
        <translation>%1: abgebrochen, bevor er begann</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::PlayerBar</name>
    <message>
        <source>Player</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to a fresh machine; every command waits to run again</source>
        <translation>Zurück zu einer frischen Maschine; alle Befehle warten auf erneute Ausführung</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>One event back, restoring the state exactly</source>
        <translation>Ein Ereignis zurück, der Zustand wird genau wiederhergestellt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>One event forward</source>
        <translation>Ein Ereignis vor</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>To the end of this command, or the whole next one</source>
        <translation>Bis zum Ende dieses Befehls oder den ganzen nächsten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Play events at the chosen speed; again to pause</source>
        <translation>Ereignisse im gewählten Tempo abspielen; erneut zum Anhalten</translation>
    </message>
    <message>
        <source>Playback speed in events per second</source>
        <translation>Abspieltempo in Ereignissen pro Sekunde</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) waiting</source>
        <translation>
            <numerusform>%n Befehl wartet</numerusform>
            <numerusform>%n Befehle warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has run yet</source>
        <translation>Noch nichts ausgeführt</translation>
    </message>
    <message>
        <source>Command %1 of %2 · event %3 of %4</source>
        <translation>Befehl %1 von %2 · Ereignis %3 von %4</translation>
    </message>
    <message>
        <source>Skip to end</source>
        <translation>Zum Ende springen</translation>
    </message>
    <message>
        <source>Every waiting command at once, to the end of the last one</source>
        <translation>Alle wartenden Befehle auf einmal, bis zum Ende des letzten</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The menus, views and lessons change language at the next start.</source>
        <translation>Menüs, Ansichten und Lektionen wechseln beim nächsten Start die Sprache.</translation>
    </message>
    <message>
        <source>&amp;Animate typed commands event by event</source>
        <translation>Eingegebene Befehle Ereignis für Ereignis &amp;animieren</translation>
    </message>
    <message>
        <source>Off: a typed command&apos;s result shows at once; Back still steps through its events.</source>
        <translation>Aus: Das Ergebnis eines eingegebenen Befehls erscheint sofort; Zurück geht trotzdem seine Ereignisse durch.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>PageLab speaks the new language from its next start.</source>
        <translation>PageLab spricht die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>The colours of every view and legend. The colour-blind-safe palette keeps page states apart under red-green and blue-yellow colour blindness.</source>
        <translation>Die Farben aller Ansichten und Legenden. Die Palette für Farbenblinde hält die Seitenzustände bei Rot-Grün- und Blau-Gelb-Sehschwäche unterscheidbar.</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::PresenterWindow</name>
    <message>
        <source>PageLab: presenter view</source>
        <translation>PageLab: Referentenansicht</translation>
    </message>
    <message>
        <source>The audience&apos;s screen is blank (B or period to show it)</source>
        <translation>Der Bildschirm des Publikums ist schwarz (B oder Punkt zeigt ihn wieder)</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Dieser Schritt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Elapsed %1:%2:%3</source>
        <translation>Vergangen %1:%2:%3</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Keine Notizen zu diesem Schritt.</translation>
    </message>
    <message>
        <source>No lesson is open</source>
        <translation>Keine Lektion ist geöffnet</translation>
    </message>
    <message>
        <source>The next press runs the next command.</source>
        <translation>Der nächste Tastendruck führt den nächsten Befehl aus.</translation>
    </message>
    <message>
        <source>The next press shows event %1 of %2.</source>
        <translation>Der nächste Tastendruck zeigt Ereignis %1 von %2.</translation>
    </message>
    <message>
        <source>The next press reveals the quiz&apos;s answer.</source>
        <translation>Der nächste Tastendruck zeigt die Antwort des Quiz.</translation>
    </message>
    <message>
        <source>The next press runs the task&apos;s solution.</source>
        <translation>Der nächste Tastendruck führt die Lösung der Aufgabe aus.</translation>
    </message>
    <message>
        <source>The next press opens the next step.</source>
        <translation>Der nächste Tastendruck öffnet den nächsten Schritt.</translation>
    </message>
    <message>
        <source>This is the end of the lesson.</source>
        <translation>Das ist das Ende der Lektion.</translation>
    </message>
    <message>
        <source>Nothing is left to play.</source>
        <translation>Es ist nichts mehr abzuspielen.</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::RatesPlot</name>
    <message>
        <source>page faults per access</source>
        <translation>Page Faults pro Zugriff</translation>
    </message>
    <message>
        <source>major faults per access</source>
        <translation>Major Faults pro Zugriff</translation>
    </message>
    <message>
        <source>TLB hit ratio</source>
        <translation>TLB-Trefferquote</translation>
    </message>
    <message>
        <source>swap-ins (right axis)</source>
        <translation>Einlagerungen (rechte Achse)</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>ratio per window</source>
        <translation>Quote pro Fenster</translation>
    </message>
    <message>
        <source>swap-ins</source>
        <translation>Einlagerungen</translation>
    </message>
    <message>
        <source>Each point is the window since the previous command (along a long trace or workload, since the previous point of its run): page faults and major faults per memory access the program made, the share of TLB lookups that hit, and swap-ins.</source>
        <translation>Jeder Punkt ist das Fenster seit dem vorigen Befehl (bei einem langen Trace oder Workload seit dem vorigen Punkt seines Laufs): Page Faults und Major Faults je Speicherzugriff des Programms, der Anteil der TLB-Lookups mit Treffer und die Einlagerungen.</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::SessionFile</name>
    <message>
        <source>%1: error: cannot write the session: %2</source>
        <translation>%1: Fehler: Die Sitzung kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: error: cannot open the session: %2</source>
        <translation>%1: Fehler: Die Sitzung kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: error: %2 bytes is more than a session file may have (64 MiB)</source>
        <translation>%1: Fehler: %2 Bytes sind mehr, als eine Sitzungsdatei haben darf (64 MiB)</translation>
    </message>
    <message>
        <source>%1: error: not a session file: %2</source>
        <translation>%1: Fehler: keine Sitzungsdatei: %2</translation>
    </message>
    <message>
        <source>%1:1:1: error: not a PageLab session (no &quot;format&quot;: &quot;pagelab-session&quot;)</source>
        <translation>%1:1:1: Fehler: keine PageLab-Sitzung (kein &quot;format&quot;: &quot;pagelab-session&quot;)</translation>
    </message>
    <message>
        <source>%1:1:1: error: session format version %2; this PageLab reads version %3</source>
        <translation>%1:1:1: Fehler: Sitzungsformat Version %2; dieses PageLab liest Version %3</translation>
    </message>
    <message>
        <source>%1: error: command %2 of the session does not parse: %3</source>
        <translation>%1: Fehler: Befehl %2 der Sitzung lässt sich nicht parsen: %3</translation>
    </message>
    <message>
        <source>%1: error: command %2 of the session is not one command</source>
        <translation>%1: Fehler: Befehl %2 der Sitzung ist nicht genau ein Befehl</translation>
    </message>
    <message>
        <source>%1: error: the cursor (position %2 of %3 commands) is outside the session</source>
        <translation>%1: Fehler: Der Cursor (Position %2 von %3 Befehlen) liegt außerhalb der Sitzung</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::SwapTiersDock</name>
    <message>
        <source>Swap tiers</source>
        <translation>Swap-Stufen</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::SwapTiersWidget</name>
    <message>
        <source>Swap area %1: priority %2, %3 slots, %4 used, %5 free. Each swap-in costs %6; %7 swap-ins so far cost %8.</source>
        <translation>Swap-Bereich %1: Priorität %2, %3 Slots, %4 belegt, %5 frei. Jede Einlagerung kostet %6; %7 Einlagerungen kosteten bisher %8.</translation>
    </message>
    <message>
        <source>Areas of equal priority take pages in turn (round-robin).</source>
        <translation>Bereiche gleicher Priorität nehmen abwechselnd Seiten auf (Round-Robin).</translation>
    </message>
    <message>
        <source>swapoff is emptying it: no new pages go here.</source>
        <translation>swapoff leert ihn: Hierhin kommen keine neuen Seiten.</translation>
    </message>
    <message>
        <source>Slots %1-%2 of %3: %4 of %5 used</source>
        <translation>Slots %1-%2 von %3: %4 von %5 belegt</translation>
    </message>
    <message>
        <source>Slot %1 of %2: free</source>
        <translation>Slot %1 von %2: frei</translation>
    </message>
    <message>
        <source>%1 page 0x%2</source>
        <translation>%1, Seite 0x%2</translation>
    </message>
    <message numerus="yes">
        <source>Slot %1 of %2: used, %n PTE(s) hold its swap entry</source>
        <translation>
            <numerusform>Slot %1 von %2: belegt, %n PTE enthält seinen Swap-Eintrag</numerusform>
            <numerusform>Slot %1 von %2: belegt, %n PTEs enthalten seinen Swap-Eintrag</numerusform>
        </translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>gehalten von %1</translation>
    </message>
    <message>
        <source>in the swap cache: frame %1 holds a copy</source>
        <translation>im Swap-Cache: Frame %1 enthält eine Kopie</translation>
    </message>
    <message>
        <source>in the swap cache</source>
        <translation>im Swap-Cache</translation>
    </message>
    <message>
        <source>Frame %1 in memory: %2</source>
        <translation>Frame %1 im Speicher: %2</translation>
    </message>
    <message>
        <source>Turn swap area %1 off (swapoff)</source>
        <translation>Swap-Bereich %1 abschalten (swapoff)</translation>
    </message>
    <message>
        <source>%1   priority %2</source>
        <translation>%1   Priorität %2</translation>
    </message>
    <message>
        <source>(round-robin with equal priority)</source>
        <translation>(Round-Robin bei gleicher Priorität)</translation>
    </message>
    <message>
        <source>(being turned off)</source>
        <translation>(wird abgeschaltet)</translation>
    </message>
    <message>
        <source>%1 slots · %2 used · %3 free · %4 per swap-in · time in swap-in: %5 (%6 pages in, %7 out)</source>
        <translation>%1 Slots · %2 belegt · %3 frei · %4 pro Einlagerung · Zeit für Einlagerungen: %5 (%6 Seiten ein, %7 aus)</translation>
    </message>
    <message>
        <source>memory
frame %1</source>
        <translation>Speicher
Frame %1</translation>
    </message>
    <message>
        <source>No swap area</source>
        <translation>Kein Swap-Bereich</translation>
    </message>
    <message>
        <source>When memory runs out, the kernel writes anonymous pages to swap areas, the highest priority first (equal priorities in turn), and reads them back on the next access (a major fault). Turn one on in the console:</source>
        <translation>Wird der Speicher knapp, schreibt der Kernel anonyme Seiten in Swap-Bereiche, den mit der höchsten Priorität zuerst (gleiche Prioritäten abwechselnd), und liest sie beim nächsten Zugriff zurück (ein Major Fault). Schalten Sie einen in der Konsole ein:</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::TlbDock</name>
    <message>
        <source>TLB</source>
        <translation>TLB</translation>
    </message>
    <message>
        <source>Show the entries one PCID can use (global entries match every PCID)</source>
        <translation>Die Einträge zeigen, die eine PCID nutzen kann (globale Einträge passen zu jeder PCID)</translation>
    </message>
    <message>
        <source>All PCIDs</source>
        <translation>Alle PCIDs</translation>
    </message>
    <message>
        <source>PCID %1</source>
        <translation>PCID %1</translation>
    </message>
    <message>
        <source>Hits %1 (STLB %2) · misses %3 · hit rate %4%</source>
        <translation>Treffer %1 (STLB %2) · Misses %3 · Trefferquote %4%</translation>
    </message>
    <message>
        <source>Invalidate this page (%1)</source>
        <translation>Diese Seite invalidieren (%1)</translation>
    </message>
    <message>
        <source>Flush the whole TLB (%1)</source>
        <translation>Den ganzen TLB leeren (%1)</translation>
    </message>
    <message>
        <source>Flush this process&apos;s entries (%1)</source>
        <translation>Die Einträge dieses Prozesses leeren (%1)</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::TlbModel</name>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>STLB</source>
        <translation>STLB</translation>
    </message>
    <message>
        <source>%1 set %2</source>
        <translation>%1, Set %2</translation>
    </message>
    <message>
        <source>L1 set %1 and STLB set %2</source>
        <translation>L1, Set %1 und STLB, Set %2</translation>
    </message>
    <message>
        <source>L1 set %1</source>
        <translation>L1, Set %1</translation>
    </message>
    <message>
        <source>Lookup %1 (PCID %2): hit in %3</source>
        <translation>Suche %1 (PCID %2): Treffer in %3</translation>
    </message>
    <message>
        <source>Lookup %1 (PCID %2): miss in %3</source>
        <translation>Suche %1 (PCID %2): Miss in %3</translation>
    </message>
    <message>
        <source>Fill %1 set %2 way %3 with page %4, evicting page %5</source>
        <translation>Fülle %1, Set %2, Way %3 mit Seite %4 und verdränge Seite %5</translation>
    </message>
    <message>
        <source>Fill %1 set %2 way %3 with page %4</source>
        <translation>Fülle %1, Set %2, Way %3 mit Seite %4</translation>
    </message>
    <message numerus="yes">
        <source>INVLPG %1 (PCID %2): %n entry(s) removed</source>
        <translation>
            <numerusform>INVLPG %1 (PCID %2): %n Eintrag entfernt</numerusform>
            <numerusform>INVLPG %1 (PCID %2): %n Einträge entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flush: every entry, global ones too: %n removed</source>
        <translation>
            <numerusform>Flush: alle Einträge, auch globale: %n entfernt</numerusform>
            <numerusform>Flush: alle Einträge, auch globale: %n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>CR3 load without flush (PCID %1)</source>
        <translation>CR3 laden ohne Flush (PCID %1)</translation>
    </message>
    <message numerus="yes">
        <source>CR3 load: non-global entries flushed: %n removed</source>
        <translation>
            <numerusform>CR3 laden: nicht-globale Einträge geleert: %n entfernt</numerusform>
            <numerusform>CR3 laden: nicht-globale Einträge geleert: %n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 (G)</source>
        <translation>%1 (G)</translation>
    </message>
    <message>
        <source>%1 set %2 way %3: empty</source>
        <translation>%1, Set %2, Way %3: leer</translation>
    </message>
    <message>
        <source>%1 set %2 way %3: page %4 (%5) maps frame %6 for PCID %7%8; %9, %10%11%12. LRU rank %13 in its set (0 = most recently used).</source>
        <translation>%1, Set %2, Way %3: Seite %4 (%5) bildet Frame %6 für PCID %7%8 ab; %9, %10%11%12. LRU-Rang %13 in ihrem Set (0 = zuletzt benutzt).</translation>
    </message>
    <message>
        <source>, global</source>
        <translation>, global</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>schreibbar</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesbar</translation>
    </message>
    <message>
        <source>user</source>
        <translation>User</translation>
    </message>
    <message>
        <source>supervisor only</source>
        <translation>nur Supervisor</translation>
    </message>
    <message>
        <source>, no execute</source>
        <translation>, nicht ausführbar</translation>
    </message>
    <message>
        <source>, dirty</source>
        <translation>, geändert (dirty)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Way</translation>
    </message>
    <message>
        <source>Virtual page</source>
        <translation>Virtuelle Seite</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>PCID</source>
        <translation>PCID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>LRU</source>
        <translation>LRU</translation>
    </message>
    <message>
        <source>Remove %1 set %2 way %3: global page %4 (frame %5)</source>
        <translation>Entferne %1, Set %2, Way %3: globale Seite %4 (Frame %5)</translation>
    </message>
    <message>
        <source>Remove %1 set %2 way %3: page %4 (frame %5, PCID %6)</source>
        <translation>Entferne %1, Set %2, Way %3: Seite %4 (Frame %5, PCID %6)</translation>
    </message>
    <message>
        <source>%1 set %2 way %3 (%4)</source>
        <translation>%1, Set %2, Way %3 (%4)</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::TranslationDock</name>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>hex, e.g. 0x401000: shows its fields</source>
        <translation>hex, z. B. 0x401000: zeigt ihre Felder</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugreifen</translation>
    </message>
    <message>
        <source>Run `access` on this address in the running process</source>
        <translation>`access` auf diese Adresse im laufenden Prozess ausführen</translation>
    </message>
    <message>
        <source>Invalidate its TLB entry (%1)</source>
        <translation>Ihren TLB-Eintrag invalidieren (%1)</translation>
    </message>
    <message>
        <source>Read it (%1)</source>
        <translation>Lesen (%1)</translation>
    </message>
    <message>
        <source>Write it (%1)</source>
        <translation>Schreiben (%1)</translation>
    </message>
    <message>
        <source>Split an address into its fields without accessing it; Look up runs `pte` on it to see its walk with no side effect, Access runs `access` on it</source>
        <translation>Eine Adresse in ihre Felder zerlegen, ohne zuzugreifen; Nachschlagen führt `pte` darauf aus und zeigt ihren Walk ohne Nebenwirkung, Zugreifen führt `access` darauf aus</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Run `pte` on this address in the running process: the walk is read without the TLB and without setting Accessed or Dirty bits</source>
        <translation>`pte` für diese Adresse im laufenden Prozess ausführen: Der Walk wird ohne TLB gelesen, ohne Accessed- oder Dirty-Bits zu setzen</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::TypeSizeActions</name>
    <message>
        <source>&amp;Larger type</source>
        <translation>Schrift &amp;größer</translation>
    </message>
    <message>
        <source>&amp;Smaller type</source>
        <translation>Schrift &amp;kleiner</translation>
    </message>
    <message>
        <source>&amp;Normal type size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <source>Larger type in this mode (presentation mode keeps its own size)</source>
        <translation>Größere Schrift in diesem Modus (der Präsentationsmodus behält seine eigene Größe)</translation>
    </message>
    <message>
        <source>Smaller type in this mode (presentation mode keeps its own size)</source>
        <translation>Kleinere Schrift in diesem Modus (der Präsentationsmodus behält seine eigene Größe)</translation>
    </message>
    <message>
        <source>The type size this mode starts with</source>
        <translation>Die Schriftgröße, mit der dieser Modus beginnt</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::UaccessDock</name>
    <message>
        <source>Kernel and user memory</source>
        <translation>Kernel- und User-Speicher</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::UaccessWidget</name>
    <message>
        <source>resident</source>
        <translation>resident</translation>
    </message>
    <message>
        <source>not present (a touch faults)</source>
        <translation>nicht vorhanden (ein Zugriff löst einen Fault aus)</translation>
    </message>
    <message>
        <source>swapped out (a touch reads it back)</source>
        <translation>ausgelagert (ein Zugriff liest sie zurück)</translation>
    </message>
    <message>
        <source>no VMA: nothing can be mapped here</source>
        <translation>keine VMA: Hier kann nichts abgebildet werden</translation>
    </message>
    <message>
        <source>faulted in now (%1)</source>
        <translation>jetzt per Fault hereingeholt (%1)</translation>
    </message>
    <message>
        <source>not reached: the routine stopped before it</source>
        <translation>nicht erreicht: Die Routine hielt vorher an</translation>
    </message>
    <message>
        <source>%1 reads user memory of %2</source>
        <translation>%1 liest User-Speicher von %2</translation>
    </message>
    <message>
        <source>%1: kernel → user memory of %2</source>
        <translation>%1: Kernel → User-Speicher von %2</translation>
    </message>
    <message>
        <source>%1: user memory of %2 → kernel</source>
        <translation>%1: User-Speicher von %2 → Kernel</translation>
    </message>
    <message>
        <source>access_ok(%1, %2) passes</source>
        <translation>access_ok(%1, %2) besteht</translation>
    </message>
    <message>
        <source>access_ok(%1, %2) REFUSES: past TASK_SIZE_MAX</source>
        <translation>access_ok(%1, %2) LEHNT AB: jenseits von TASK_SIZE_MAX</translation>
    </message>
    <message>
        <source>User buffer at %1</source>
        <translation>User-Puffer bei %1</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <source>protection violation</source>
        <translation>Schutzverletzung</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>#PF at %1, error code %2 (%3, supervisor %4).</source>
        <translation>#PF bei %1, Fehlercode %2 (%3, Supervisor-%4).</translation>
    </message>
    <message>
        <source>The fault handler runs…</source>
        <translation>Der Fault-Handler läuft…</translation>
    </message>
    <message>
        <source>The fault handler fixes it: %1, and the copy goes on.</source>
        <translation>Der Fault-Handler behebt ihn: %1, und die Kopie geht weiter.</translation>
    </message>
    <message>
        <source>The fault handler cannot fix it (%1).</source>
        <translation>Der Fault-Handler kann ihn nicht beheben (%1).</translation>
    </message>
    <message>
        <source>Exception table: the faulting instruction in %1 has a fixup entry, so instead of an oops the routine stops at %2 and returns %3.</source>
        <translation>Exception Table: Der fehlerhafte Befehl in %1 hat einen Fixup-Eintrag, also hält die Routine statt eines Oops bei %2 an und gibt %3 zurück.</translation>
    </message>
    <message>
        <source>returns %1</source>
        <translation>gibt %1 zurück</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>Step on to see what the routine returns.</source>
        <translation>Gehen Sie weiter, um zu sehen, was die Routine zurückgibt.</translation>
    </message>
    <message>
        <source>Kernel and user memory</source>
        <translation>Kernel- und User-Speicher</translation>
    </message>
    <message>
        <source>The kernel never trusts a user pointer: it moves bytes with copy_to_user, copy_from_user, get_user, put_user ... which check the range (access_ok), take page faults like user code, and turn a fault that cannot be fixed into a short count or -EFAULT through the exception table. Run one in the console, for example:</source>
        <translation>Der Kernel traut keinem User-Zeiger: Er überträgt Bytes mit copy_to_user, copy_from_user, get_user, put_user ..., die den Bereich prüfen (access_ok), Page Faults wie User-Code erleiden und einen nicht behebbaren Fault über die Exception Table in eine kürzere Zahl oder -EFAULT verwandeln. Führen Sie eine in der Konsole aus, zum Beispiel:</translation>
    </message>
    <message>
        <source>The first page fault the routine took on a user address, and what the fault handler did.</source>
        <translation>Der erste Page Fault der Routine auf einer User-Adresse und was der Fault-Handler tat.</translation>
    </message>
    <message>
        <source>The exception table (__ex_table) lists the instructions that may fault on user memory; the fixup makes the routine return instead of oopsing.</source>
        <translation>Die Exception Table (__ex_table) listet die Befehle, die auf User-Speicher einen Fault auslösen dürfen; der Fixup lässt die Routine zurückkehren statt eines Oops.</translation>
    </message>
    <message>
        <source>What the routine returns to its caller.</source>
        <translation>Was die Routine ihrem Aufrufer zurückgibt.</translation>
    </message>
    <message>
        <source>User page %1: %2</source>
        <translation>User-Seite %1: %2</translation>
    </message>
    <message>
        <source>The kernel&apos;s buffer: bytes %1 to %2</source>
        <translation>Der Puffer des Kernels: Bytes %1 bis %2</translation>
    </message>
    <message>
        <source>User memory %1 to %2 of %3</source>
        <translation>User-Speicher %1 bis %2 von %3</translation>
    </message>
    <message>
        <source>Kernel buffer (%1 bytes)</source>
        <translation>Kernel-Puffer (%1 Bytes)</translation>
    </message>
    <message>
        <source>… %1 bytes …</source>
        <translation>… %1 Bytes …</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::WalkView</name>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>fetch</source>
        <translation>Befehlsabruf</translation>
    </message>
    <message>
        <source>32-bit paging</source>
        <translation>32-Bit-Paging</translation>
    </message>
    <message>
        <source>PAE paging</source>
        <translation>PAE-Paging</translation>
    </message>
    <message>
        <source>4-level paging</source>
        <translation>4-Ebenen-Paging</translation>
    </message>
    <message>
        <source>5-level paging</source>
        <translation>5-Ebenen-Paging</translation>
    </message>
    <message>
        <source>No access yet. Run `access NAME ADDR` (or type an address above) to see its translation.</source>
        <translation>Noch kein Zugriff. Führen Sie `access NAME ADDR` aus (oder geben Sie oben eine Adresse ein), um ihre Übersetzung zu sehen.</translation>
    </message>
    <message>
        <source>Address %1 (typed; no access made)</source>
        <translation>Adresse %1 (eingegeben; kein Zugriff)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source> (user mode)</source>
        <translation> (User-Modus)</translation>
    </message>
    <message>
        <source> (supervisor mode)</source>
        <translation> (Supervisor-Modus)</translation>
    </message>
    <message>
        <source>Bits %1 of the address: the offset inside the page (%2)</source>
        <translation>Bits %1 der Adresse: der Offset innerhalb der Seite (%2)</translation>
    </message>
    <message>
        <source>Bits %1 of the address: the index into the %2 table (entry %3)</source>
        <translation>Bits %1 der Adresse: der Index in die Tabelle %2 (Eintrag %3)</translation>
    </message>
    <message>
        <source>Last access: %1</source>
        <translation>Letzter Zugriff: %1</translation>
    </message>
    <message>
        <source>L1 TLB</source>
        <translation>L1-TLB</translation>
    </message>
    <message>
        <source>second-level TLB</source>
        <translation>TLB der zweiten Ebene</translation>
    </message>
    <message>
        <source>hit in the %1 (PCID %2): page frame %3, %4 page: no walk</source>
        <translation>Treffer im %1 (PCID %2): Frame %3, %4-Seite: kein Walk</translation>
    </message>
    <message>
        <source>miss in both TLB levels (PCID %1): the MMU walks the page tables</source>
        <translation>Miss in beiden TLB-Ebenen (PCID %1): Die MMU durchläuft die Seitentabellen</translation>
    </message>
    <message>
        <source>miss (PCID %1): the MMU walks the page tables</source>
        <translation>Miss (PCID %1): Die MMU durchläuft die Seitentabellen</translation>
    </message>
    <message>
        <source>TLB</source>
        <translation>TLB</translation>
    </message>
    <message>
        <source>The TLB is looked up first; a hit ends the translation</source>
        <translation>Zuerst wird der TLB befragt; ein Treffer beendet die Übersetzung</translation>
    </message>
    <message>
        <source>CR3</source>
        <translation>CR3</translation>
    </message>
    <message>
        <source>PDPT at %1 (its four entries are loaded in registers)</source>
        <translation>PDPT bei %1 (seine vier Einträge sind in Registern geladen)</translation>
    </message>
    <message>
        <source>top table (%1) at %2</source>
        <translation>oberste Tabelle (%1) bei %2</translation>
    </message>
    <message>
        <source>CR3 holds the physical address of the top paging table</source>
        <translation>CR3 enthält die physische Adresse der obersten Seitentabelle</translation>
    </message>
    <message>
        <source>entry at %1 = %2</source>
        <translation>Eintrag bei %1 = %2</translation>
    </message>
    <message>
        <source>  · A set</source>
        <translation>  · A gesetzt</translation>
    </message>
    <message>
        <source>  · D set</source>
        <translation>  · D gesetzt</translation>
    </message>
    <message>
        <source>  · not present</source>
        <translation>  · nicht vorhanden</translation>
    </message>
    <message>
        <source>  · maps a 4 KiB page</source>
        <translation>  · bildet eine 4-KiB-Seite ab</translation>
    </message>
    <message>
        <source>  · maps a large page (PS=1)</source>
        <translation>  · bildet eine große Seite ab (PS=1)</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>reserved bits set</source>
        <translation>reservierte Bits gesetzt</translation>
    </message>
    <message>
        <source>The %1 entry the walk read (index %2). Filled cells are bits that are set.</source>
        <translation>Der %1-Eintrag, den der Walk las (Index %2). Gefüllte Zellen sind gesetzte Bits.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>physical address %1 (%2 page%3)</source>
        <translation>physische Adresse %1 (%2-Seite%3)</translation>
    </message>
    <message>
        <source>, from the TLB</source>
        <translation>, aus dem TLB</translation>
    </message>
    <message>
        <source>The physical address the access uses</source>
        <translation>Die physische Adresse, die der Zugriff verwendet</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>#GP (general protection): %1</source>
        <translation>#GP (General Protection): %1</translation>
    </message>
    <message>
        <source>#PF at CR2=%1, error code %2 (%3)</source>
        <translation>#PF bei CR2=%1, Fehlercode %2 (%3)</translation>
    </message>
    <message>
        <source>P=1 protection</source>
        <translation>P=1 Schutz</translation>
    </message>
    <message>
        <source>P=0 not present</source>
        <translation>P=0 nicht vorhanden</translation>
    </message>
    <message>
        <source>W=1 write</source>
        <translation>W=1 Schreiben</translation>
    </message>
    <message>
        <source>W=0 read</source>
        <translation>W=0 Lesen</translation>
    </message>
    <message>
        <source>U=1 user</source>
        <translation>U=1 User</translation>
    </message>
    <message>
        <source>U=0 supervisor</source>
        <translation>U=0 Supervisor</translation>
    </message>
    <message>
        <source>RSVD=%1</source>
        <translation>RSVD=%1</translation>
    </message>
    <message>
        <source>I/D=%1</source>
        <translation>I/D=%1</translation>
    </message>
    <message>
        <source>The fault the MMU raised, with its error code decoded bit by bit</source>
        <translation>Der Fault, den die MMU auslöste, mit bitweise entschlüsseltem Fehlercode</translation>
    </message>
    <message>
        <source>… (the walk goes on: step forward)</source>
        <translation>… (der Walk geht weiter: vorwärts gehen)</translation>
    </message>
    <message>
        <source>Look-up of %1 in %2 (pte: no access made)</source>
        <translation>Nachschlagen von %1 in %2 (pte: kein Zugriff)</translation>
    </message>
    <message>
        <source>Last look-up: %1</source>
        <translation>Letztes Nachschlagen: %1</translation>
    </message>
    <message>
        <source>not consulted: `pte` reads the tables itself, so no Accessed or Dirty bit is set</source>
        <translation>nicht befragt: `pte` liest die Tabellen selbst, daher wird kein Accessed- oder Dirty-Bit gesetzt</translation>
    </message>
    <message>
        <source>An inspection with `pte NAME ADDR`: the same entries an access would read, with no side effect</source>
        <translation>Eine Untersuchung mit `pte NAME ADDR`: dieselben Einträge, die ein Zugriff lesen würde, ohne Nebenwirkung</translation>
    </message>
    <message>
        <source>maps physical address %1 (no access made, so no rights checked)</source>
        <translation>bildet auf physische Adresse %1 ab (kein Zugriff, daher keine Rechteprüfung)</translation>
    </message>
    <message>
        <source>no entry read: the address is not canonical</source>
        <translation>kein Eintrag gelesen: Die Adresse ist nicht kanonisch</translation>
    </message>
    <message>
        <source>a reserved bit is set in the %1 entry: an access would fault</source>
        <translation>im %1-Eintrag ist ein reserviertes Bit gesetzt: Ein Zugriff würde einen Fault auslösen</translation>
    </message>
    <message>
        <source>the %1 entry is not present: an access would fault</source>
        <translation>der %1-Eintrag ist nicht vorhanden: Ein Zugriff würde einen Fault auslösen</translation>
    </message>
    <message>
        <source>Where the walk ends, read without accessing the page</source>
        <translation>Wo der Walk endet, gelesen ohne Zugriff auf die Seite</translation>
    </message>
    <message>
        <source>… (the access goes on: step forward)</source>
        <translation>… (der Zugriff geht weiter: vorwärts gehen)</translation>
    </message>
</context>
<context>
    <name>pagelab::ui::WelcomePage</name>
    <message>
        <source>a process with its own, empty address space</source>
        <translation>ein Prozess mit eigenem, leerem Adressraum</translation>
    </message>
    <message>
        <source>map one page: the kernel writes the page-table entries</source>
        <translation>eine Seite abbilden: Der Kernel schreibt die Seitentabelleneinträge</translation>
    </message>
    <message>
        <source>a read: TLB miss, page walk, translation</source>
        <translation>ein Lesezugriff: TLB-Miss, Page Walk, Übersetzung</translation>
    </message>
    <message>
        <source>the same page again: a TLB hit</source>
        <translation>dieselbe Seite noch einmal: ein TLB-Treffer</translation>
    </message>
    <message>
        <source>a write sets the Dirty bit</source>
        <translation>ein Schreibzugriff setzt das Dirty-Bit</translation>
    </message>
    <message>
        <source>an unmapped address: a page fault</source>
        <translation>eine nicht abgebildete Adresse: ein Page Fault</translation>
    </message>
    <message>
        <source>the entry at every level of the walk</source>
        <translation>der Eintrag auf jeder Ebene des Walks</translation>
    </message>
    <message>
        <source>what the TLB holds now</source>
        <translation>was der TLB jetzt enthält</translation>
    </message>
    <message>
        <source>PageLab</source>
        <translation>PageLab</translation>
    </message>
    <message>
        <source>How Linux manages memory, shown step by step on a faithful model of an x86 machine.</source>
        <translation>Wie Linux den Speicher verwaltet, Schritt für Schritt gezeigt an einem getreuen Modell einer x86-Maschine.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>Fortschritt zurücksetzen</translation>
    </message>
    <message>
        <source>Forget which lesson steps you have done</source>
        <translation>Vergessen, welche Lektionsschritte Sie erledigt haben</translation>
    </message>
    <message>
        <source>Each lesson plays step by step in the lesson panel: it runs commands, asks you to predict what happens, and gives you tasks the machine checks. Alt+Right and Alt+Left move between steps.</source>
        <translation>Jede Lektion läuft Schritt für Schritt im Lektionsbereich: Sie führt Befehle aus, lässt Sie vorhersagen, was passiert, und stellt Aufgaben, die die Maschine prüft. Alt+Rechts und Alt+Links wechseln zwischen den Schritten.</translation>
    </message>
    <message>
        <source>No lessons were found. Set PAGELAB_LESSONS_DIR to the lessons folder of PageLab&apos;s sources.</source>
        <translation>Keine Lektionen gefunden. Setzen Sie PAGELAB_LESSONS_DIR auf den Ordner lessons der PageLab-Quellen.</translation>
    </message>
    <message>
        <source>What you can explore</source>
        <translation>Was Sie erkunden können</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;Virtual address spaces: every process has its own page tables, found through CR3.&lt;/li&gt;&lt;li&gt;The page walk: how the MMU splits an address into table indexes, level by level, in 32-bit, PAE, 4-level and 5-level paging.&lt;/li&gt;&lt;li&gt;The TLB: hits, misses, sets and ways, PCIDs and global pages.&lt;/li&gt;&lt;li&gt;Page faults: the error code, CR2, and why the access was refused.&lt;/li&gt;&lt;li&gt;The Accessed and Dirty bits, and the rights each level grants.&lt;/li&gt;&lt;li&gt;The kernel: demand paging, copy-on-write after fork, mmap of files and shared memory, device memory, swap with priorities, page replacement, mlock and the OOM killer.&lt;/li&gt;&lt;li&gt;How the kernel reads and writes user memory: access_ok, get_user, put_user, copy_to_user, copy_from_user and friends, with their faults and -EFAULT.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;Virtuelle Adressräume: Jeder Prozess hat eigene Seitentabellen, gefunden über CR3.&lt;/li&gt;&lt;li&gt;Der Page Walk: wie die MMU eine Adresse Ebene für Ebene in Tabellenindizes zerlegt, bei 32-Bit-, PAE-, 4-Ebenen- und 5-Ebenen-Paging.&lt;/li&gt;&lt;li&gt;Der TLB: Treffer, Misses, Sets und Ways, PCIDs und globale Seiten.&lt;/li&gt;&lt;li&gt;Page Faults: der Fehlercode, CR2 und warum der Zugriff abgelehnt wurde.&lt;/li&gt;&lt;li&gt;Die Accessed- und Dirty-Bits und die Rechte, die jede Ebene gewährt.&lt;/li&gt;&lt;li&gt;Der Kernel: Demand Paging, Copy-on-Write nach fork, mmap von Dateien und Shared Memory, Gerätespeicher, Swap mit Prioritäten, Seitenersetzung, mlock und der OOM-Killer.&lt;/li&gt;&lt;li&gt;Wie der Kernel User-Speicher liest und schreibt: access_ok, get_user, put_user, copy_to_user, copy_from_user und Verwandte, mit ihren Faults und -EFAULT.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Click a command to put it into the console below, then press Enter. Every step the machine takes appears in the event log.</source>
        <translation>Klicken Sie auf einen Befehl, um ihn in die Konsole unten zu übernehmen, und drücken Sie dann Enter. Jeder Schritt der Maschine erscheint im Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>Put this command into the console</source>
        <translation>Diesen Befehl in die Konsole übernehmen</translation>
    </message>
    <message>
        <source>Where to go next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>The console speaks the scenario language described in &lt;i&gt;docs/scenario-language.md&lt;/i&gt;; File → Open… steps through a whole .vms file. The Lessons menu opens any lesson. Press F5 for presentation mode.</source>
        <translation>Die Konsole spricht die in &lt;i&gt;docs/scenario-language.md&lt;/i&gt; beschriebene Szenariosprache; Datei → Öffnen… geht eine ganze .vms-Datei schrittweise durch. Das Menü Lektionen öffnet jede Lektion. F5 startet den Präsentationsmodus.</translation>
    </message>
</context>
</TS>
