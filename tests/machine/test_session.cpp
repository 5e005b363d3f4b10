// The Session as front ends see it: parse-before-run, errors with positions, expect,
// the JSON fields the spec marks stable, and the event sentences.
#include "journal/message.h"
#include "kernel/kernel.h"
#include "machine/machine.h"
#include "machine/session.h"

#include <QtTest>

using namespace pagelab;

class TestSession : public QObject {
    Q_OBJECT

private slots:
    void syntaxErrorRunsNothing()
    {
        Session s;
        const auto out = s.run("machine frames=32\nprocess p\nacess p 0x1000\n", "t.vms");
        QVERIFY(!out.parsed());
        QVERIFY(out.commands.empty());
        QCOMPARE(s.machine().processes().size(), std::size_t { 0 });
        QVERIFY(QString::fromStdString(out.diagnostics.at(0).format()).startsWith("t.vms:3:1: error:"));
    }

    void runtimeErrorNamesLineAndColumnAndStops()
    {
        Session s;
        const auto out = s.run("process p\naccess q 0x1000\nprocess r\n", "t.vms");
        QVERIFY(out.parsed());
        QCOMPARE(out.commands.size(), std::size_t { 2 });
        QVERIFY(!out.commands[1].ok);
        QVERIFY2(QString::fromStdString(out.commands[1].error)
                     .startsWith("t.vms:2:8: error: no process named 'q'"),
            out.commands[1].error.c_str());
        QVERIFY(!s.machine().findProcess("r"));
        QVERIFY(!out.ok());
    }

    void machineMustComeFirst()
    {
        Session s;
        const auto out = s.run("process p\nmachine frames=8\n", "t.vms");
        QVERIFY(!out.commands.back().ok);
        QVERIFY(QString::fromStdString(out.commands.back().error).contains("must come before"));
    }

    void absurdMachineRefused()
    {
        Session s;
        const auto out = s.run("machine frames=0x100_0000_0000\n", "t.vms");
        QVERIFY(!out.commands.at(0).ok);
        QVERIFY(QString::fromStdString(out.commands[0].error).contains("64 GiB"));
        const auto tlb = s.run("machine tlb=0:0\n", "u.vms");
        QVERIFY(!tlb.commands.at(0).ok);
        QVERIFY2(QString::fromStdString(tlb.commands[0].error).startsWith("u.vms:1:13: error:"),
            tlb.commands[0].error.c_str());
    }

    void expectReportsBothSides()
    {
        Session s;
        const auto out = s.run("process p\naccess p 0x1000\nexpect error_code == 5\n", "t.vms");
        const auto& e = out.commands.back();
        QVERIFY(e.ok);
        QVERIFY(e.expectFailed);
        QVERIFY2(QString::fromStdString(e.text).contains("left side is 4"), e.text.c_str());
        QVERIFY(!out.ok());
    }

    void jsonHasTheStableFields()
    {
        Session s;
        const auto out = s.run(
            "process p\npte p 0x1000 level=1 set=p,rw,us pfn=9\naccess p 0x1004\naccess p 0x9000 op=write\n",
            "t.vms");
        QCOMPARE(out.commands.size(), std::size_t { 4 });
        const QString hit = QString::fromStdString(out.commands[2].json);
        QVERIFY2(hit.startsWith(R"({"line":3,"cmd":"access","ok":true)"), qPrintable(hit));
        QVERIFY(hit.contains(R"("paddr":36868)"));
        QVERIFY(hit.contains(R"("tlb":"miss")"));
        const QString fault = QString::fromStdString(out.commands[3].json);
        QVERIFY2(
            fault.contains(R"("fault":{"error_code":6,"cr2":36864,"resolved":false)"), qPrintable(fault));
        const QString pte = QString::fromStdString(out.commands[1].json);
        QVERIFY2(pte.contains(R"("levels":[{"level":4,"index":0)"), qPrintable(pte));
    }

    void everyEventHasASentence()
    {
        Session s;
        const auto out
            = s.run("machine tlb=2:2 stlb=8:2 pcid=on\nprocess p\nprocess q\n"
                    "pte p 0x1000 level=1 set=p,rw,us,g pfn=9\naccess p 0x1000 op=write\n"
                    "access p 0x1000\naccess p 0x5000\nswitch q\ninvlpg q 0x1000\nflush_tlb\ncpu wp=0\n",
                "t.vms");
        QVERIFY(out.ok());
        QVERIFY(s.journal().size() > 20);
        for (const auto& e : s.journal().events()) {
            const std::string text = describeEnglish(e);
            QVERIFY2(text.find('%') == std::string::npos, text.c_str());
            QVERIFY(!text.empty());
        }
    }

    void eventsBelongToTheirCommand()
    {
        Session s;
        const auto out = s.run("process p\naccess p 0x1000\n", "t.vms");
        const auto& a = out.commands.at(1);
        QVERIFY(a.endEvent > a.firstEvent);
        for (std::size_t i = a.firstEvent; i < a.endEvent; ++i)
            QCOMPARE(s.journal().events()[i].command, s.journal().events()[a.firstEvent].command);
        QCOMPARE(std::string(eventName(s.journal().events()[a.endEvent - 1].data)), std::string("PageFault"));
    }

    // A failed system call is a result (ret = -errno), not a failed command: the run goes on.
    void failedSyscallIsNotAFailedCommand()
    {
        Session s;
        const auto out = s.run("process p\nmunmap p 0x1001 4K\nmmap p len=4K at=0x10000000\n", "t.vms");
        QVERIFY(out.ok());
        QCOMPARE(out.commands.size(), std::size_t { 3 });
        QVERIFY2(out.commands[1].json.find("\"ret\":-22") != std::string::npos, out.commands[1].json.c_str());
        QVERIFY2(out.commands[2].json.find("\"ret\":0,\"addr\":268435456") != std::string::npos,
            out.commands[2].json.c_str());
    }

    // `machine` recreates the kernel with the machine: no files, processes or VMAs survive.
    void machineResetsTheKernel()
    {
        Session s;
        QVERIFY(s.run("file f size=4K\nprocess p layout=classic\n", "t.vms").ok());
        QCOMPARE(s.kernel().files().size(), std::size_t { 1 });
        const auto out = s.run("machine frames=16\nprocess p\nshow vmas p\n", "u.vms");
        QVERIFY(out.ok());
        QVERIFY(s.kernel().files().empty());
        QCOMPARE(s.kernel().mm(*s.machine().findProcess("p")).vmas.size(), std::size_t { 0 });
    }
};

QTEST_APPLESS_MAIN(TestSession)
#include "test_session.moc"
