// Miss-ratio curves off the UI thread. computeMrc() reads or generates the reference string,
// computes the exact LRU curve in one pass (Mattson's stack distances, trace/mrc.h) and runs
// FIFO, Clock and OPT once per sampled size (trace/mrc.h sampleSizes, trace/replacement.h).
// MrcJob runs it with QtConcurrent and reports progress and the result in the UI thread.
//
// What Cancel can interrupt (`cancel` is checked): reading a trace file (between chunks of
// 1M references), the LRU pass (in its progress callback, every 4M references), and the
// policy curves between two sizes. What it cannot: densify, OPT's next-use table, and one
// simulation at one size; the job stops right after the one running.
#pragma once

#include "trace/replacement.h"
#include "trace/trace_reader.h"
#include "trace/workload.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace pagelab::ui {

struct MrcRequest {
    enum class Source { File, Workload, Belady };
    Source source = Source::Belady;
    QString path; // Source::File
    trace::TraceFormat format = trace::TraceFormat::Pages;
    trace::WorkloadSpec workload; // Source::Workload
    u64 maxFrames = 5;

    // Bounds that keep one job within memory and seconds, not hours.
    static constexpr u64 kMaxFrames = u64 { 1 } << 20;
    static constexpr u64 kMaxReferences = u64 { 50'000'000 };

    // Empty when the request can run, else a sentence saying what is wrong.
    QString validate() const;
};

struct MrcCurve {
    trace::Policy policy = trace::Policy::Lru;
    QVector<double> frames;
    QVector<double> faults;
};

struct MrcResult {
    QString error; // "FILE:LINE: error: ..." for a bad trace; empty on success
    bool cancelled = false;
    u64 references = 0;
    u64 distinct = 0;
    u64 maxFrames = 0;        // after clamping to the distinct pages
    QVector<MrcCurve> curves; // lru, fifo, clock, opt
    // Sizes where a policy faults more with more frames (Belady's anomaly), per policy.
    QString anomalies;
};

// Progress in per mille of the whole job.
using MrcProgress = std::function<void(int perMille)>;
MrcResult computeMrc(
    const MrcRequest& request, const std::atomic<bool>& cancel, const MrcProgress& progress = {});

// The classic string of Belady, Nelson and Shedler (1969): FIFO faults 9 times with 3 frames
// and 10 times with 4.
std::vector<u64> beladyString();

class MrcJob : public QObject {
    Q_OBJECT

public:
    explicit MrcJob(QObject* parent = nullptr);
    ~MrcJob() override; // cancels and waits for a running job

    bool running() const { return running_; }
    // False (and nothing starts) while a job runs or when the request is invalid (failed()).
    bool start(const MrcRequest& request);
    void cancel();

Q_SIGNALS:
    void progress(int perMille);
    void finished(const pagelab::ui::MrcResult& result); // also on error or cancel
    void runningChanged(bool running);

private:
    void done();

    QFutureWatcher<MrcResult> watcher_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    bool running_ = false;
};

} // namespace pagelab::ui
