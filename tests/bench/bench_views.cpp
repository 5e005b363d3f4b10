// How long the views take on a big machine (issue 6: "stays responsive with 1 million
// frames"): a full rebuild on Player::stateChanged, a paint at 1600x1000 into a QImage, and
// the overlay update on Player::cursorMoved while stepping through one access's events. The
// machine has 2^20 or 2^24 frames; one process has touched 204,800 pages (800 MiB), a second
// maps shm, a swap area holds reclaimed pages. Run it by hand in a Release tree; budgets:
// about 200 ms a rebuild, 50 ms a paint or a step.
#include "addressspace/address_space_dock.h"
#include "charts/charts_dock.h"
#include "eventlog/event_log_dock.h"
#include "physmem/physical_memory_dock.h"
#include "player/player.h"
#include "swap/swap_tiers_dock.h"
#include "theme/theme.h"
#include "tlb/tlb_dock.h"
#include "translation/translation_dock.h"
#include "uaccess/uaccess_dock.h"

#include <QApplication>
#include <QImage>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>

using namespace pagelab;
using namespace pagelab::ui;

namespace {

// The state every view draws: `setup` at its end, then one write that faults (a TLB miss, a
// walk, a demand-zero fault) stepped to its middle event.
QString setupText(i64 frames)
{
    return QStringLiteral("machine frames=%1 tlb=64:4 stlb=1536:12 pcid=on\n"
                          "process a layout=classic\n"
                          "process b\n"
                          "swapon disk size=64M\n"
                          "shm_open s size=1M\n"
                          "mmap a len=800M populate\n"
                          "mmap b len=1M shm=s shared populate\n"
                          "mmap a len=64K at=0x10000000 fixed\n"
                          "touch a 0x10000000 len=32K write\n"
                          "reclaim pages=512\n")
        .arg(frames);
}

struct Fixture {
    Theme theme;
    Player player;
    std::size_t events = 0;

    explicit Fixture(i64 frames)
    {
        const RunOutcome setup = player.run(setupText(frames), QStringLiteral("<bench>"));
        if (!setup.ok())
            qFatal("bench_views: the setup scenario failed: %s",
                setup.commands.empty() ? "parse error" : setup.commands.back().error.c_str());
        player.run(QStringLiteral("write a 0x1000c000 1"), QStringLiteral("<bench>"), Player::Mode::Animate);
        player.pause();
        player.step(); // runs the write, cursor before its first event
        events = player.commandEvents().size();
        if (events < 3)
            qFatal("bench_views: the write has %zu events", events);
        while (player.shownEvents() < events / 2)
            player.step();
    }
};

Fixture& fixture(i64 frames)
{
    // One at a time: a 2^24-frame machine holds two big Sessions.
    static std::map<i64, std::unique_ptr<Fixture>> cache;
    if (!cache.count(frames)) {
        cache.clear();
        cache[frames] = std::make_unique<Fixture>(frames);
    }
    return *cache[frames];
}

template <typename Dock>
std::unique_ptr<Dock> makeDock(Fixture& f)
{
    auto dock = std::make_unique<Dock>(f.player, f.theme);
    dock->resize(1600, 1000);
    dock->show();
    QApplication::processEvents();
    return dock;
}

template <typename Dock>
void BM_Rebuild(benchmark::State& state)
{
    Fixture& f = fixture(state.range(0));
    auto dock = makeDock<Dock>(f);
    for (auto _ : state)
        Q_EMIT f.player.stateChanged();
}

template <typename Dock>
void BM_Paint(benchmark::State& state)
{
    Fixture& f = fixture(state.range(0));
    auto dock = makeDock<Dock>(f);
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        dock->render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
}

// One event forward or back, between the write's first and last events (never its ends: those
// change the state and rebuild everything).
template <typename Dock>
void BM_Step(benchmark::State& state)
{
    Fixture& f = fixture(state.range(0));
    auto dock = makeDock<Dock>(f);
    bool forward = true;
    for (auto _ : state) {
        if (f.player.shownEvents() + 1 >= f.events)
            forward = false;
        else if (f.player.shownEvents() <= 1)
            forward = true;
        forward ? f.player.step() : f.player.back();
    }
}

constexpr i64 kMillion = 1 << 20;
constexpr i64 kMost = 1 << 24; // the engine's limit (docs/scenario-language.md, machine)

#define VIEW_BENCH(Dock, frames)                                                                             \
    BENCHMARK_TEMPLATE(BM_Rebuild, Dock)->Arg(frames)->Unit(benchmark::kMillisecond);                        \
    BENCHMARK_TEMPLATE(BM_Paint, Dock)->Arg(frames)->Unit(benchmark::kMillisecond);                          \
    BENCHMARK_TEMPLATE(BM_Step, Dock)->Arg(frames)->Unit(benchmark::kMillisecond)

// Every view on one machine, then the next machine: the fixture is built once per size.
#define ALL_VIEWS(frames)                                                                                    \
    VIEW_BENCH(PhysicalMemoryDock, frames);                                                                  \
    VIEW_BENCH(AddressSpaceDock, frames);                                                                    \
    VIEW_BENCH(SwapTiersDock, frames);                                                                       \
    VIEW_BENCH(TlbDock, frames);                                                                             \
    VIEW_BENCH(ChartsDock, frames);                                                                          \
    VIEW_BENCH(UaccessDock, frames);                                                                         \
    VIEW_BENCH(TranslationDock, frames);                                                                     \
    VIEW_BENCH(EventLogDock, frames)

ALL_VIEWS(kMillion);
ALL_VIEWS(kMost);

// `bench_views --grab DIR`: no timing; every view of a small scenario (two processes, shm,
// swap, a copy_to_user that faults midway) saved as DIR/<view>-<size>-<mode>.png, to look at
// presentation mode at 1600x1000 and 1280x720.
template <typename Dock>
void grabView(Player& player, Theme& theme, const QString& dir, const QString& name)
{
    for (const QSize size : { QSize(1600, 1000), QSize(1280, 720) })
        for (const bool present : { false, true }) {
            theme.setMode(present ? Theme::Mode::Presentation : Theme::Mode::Normal);
            Dock dock(player, theme);
            dock.resize(size);
            dock.show();
            QApplication::processEvents();
            dock.grab().save(QStringLiteral("%1/%2-%3x%4-%5.png")
                                 .arg(dir, name)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(present ? QStringLiteral("present") : QStringLiteral("normal")));
        }
}

int grabAll(const QString& dir)
{
    Theme theme;
    Player player;
    const RunOutcome out = player.run(QStringLiteral("machine frames=16\n"
                                                     "swapon disk size=64K latency=100us\n"
                                                     "shm_open s size=4K\n"
                                                     "process a\n"
                                                     "process b\n"
                                                     "mmap a len=4K shm=s shared at=0x10000000\n"
                                                     "mmap b len=4K shm=s shared at=0x20000000\n"
                                                     "write a 0x10000000 \"shared page\"\n"
                                                     "mmap b len=28K at=0x30000000\n"
                                                     "touch b 0x30000000 len=28K write\n"
                                                     "mmap a len=8K at=0x40000000\n"
                                                     "write a 0x40000000 \"x\"\n"
                                                     "copy_to_user a 0x40000ffc \"0123456789\"\n"),
        QStringLiteral("<grab>"));
    if (!out.ok())
        return 1;
    grabView<PhysicalMemoryDock>(player, theme, dir, QStringLiteral("frames"));
    grabView<AddressSpaceDock>(player, theme, dir, QStringLiteral("space"));
    grabView<SwapTiersDock>(player, theme, dir, QStringLiteral("swap"));
    grabView<TlbDock>(player, theme, dir, QStringLiteral("tlb"));
    grabView<ChartsDock>(player, theme, dir, QStringLiteral("charts"));
    grabView<UaccessDock>(player, theme, dir, QStringLiteral("uaccess"));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    // Before QApplication: no display needed.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform says "does not support propagateSizeHints()" on every layout.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
        if (!text.contains(QLatin1String("propagateSizeHints")))
            fprintf(stderr, "%s\n", qPrintable(text));
        if (type == QtFatalMsg)
            abort();
    });
    QApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--grab")
        return grabAll(QString::fromLocal8Bit(argv[2]));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
