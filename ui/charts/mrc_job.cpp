#include "charts/mrc_job.h"

#include "trace/mrc.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace pagelab::ui {

namespace {

struct Cancelled : std::exception { };

// Reference string: 10% of the job; LRU: 20%; the three other policies share the rest.
constexpr int kReadShare = 100;
constexpr int kLruShare = 200;

} // namespace

QString MrcRequest::validate() const
{
    if (maxFrames < 1 || maxFrames > kMaxFrames)
        return QObject::tr("Frames must be between 1 and %1.").arg(kMaxFrames);
    if (source == Source::File && path.isEmpty())
        return QObject::tr("Choose a trace file first.");
    if (source == Source::Workload) {
        const std::string bad = workload.validate();
        if (!bad.empty())
            return QString::fromStdString(bad);
        if (workload.count > kMaxReferences)
            return QObject::tr("At most %1 references, please.").arg(kMaxReferences);
        if (workload.pages > kMaxReferences)
            return QObject::tr("At most %1 pages, please.").arg(kMaxReferences);
    }
    return {};
}

std::vector<u64> beladyString()
{
    std::vector<u64> refs;
    for (u64 page : { 1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5 })
        refs.push_back(trace::makeRef(page, false));
    return refs;
}

MrcResult computeMrc(const MrcRequest& request, const std::atomic<bool>& cancel, const MrcProgress& progress)
{
    MrcResult result;
    const auto report = [&](int perMille) {
        if (progress)
            progress(perMille);
    };
    const auto check = [&] {
        if (cancel.load())
            throw Cancelled();
    };
    try {
        std::vector<u64> refs;
        switch (request.source) {
        case MrcRequest::Source::Belady: refs = beladyString(); break;
        case MrcRequest::Source::Workload: refs = trace::generateWorkload(request.workload); break;
        case MrcRequest::Source::File: {
            trace::TraceReader reader(request.path.toStdString(), request.format, MrcRequest::kMaxReferences);
            if (!reader.open()) {
                result.error = QString::fromStdString(reader.error());
                return result;
            }
            while (reader.next(refs, 1 << 20))
                check();
            if (reader.failed()) {
                result.error = QString::fromStdString(reader.error());
                return result;
            }
            break;
        }
        }
        check();
        const trace::DenseTrace dense = trace::densify(refs);
        refs = {};
        result.references = dense.size();
        result.distinct = dense.distinct();
        if (dense.size() == 0) {
            result.error = QObject::tr("The trace has no references.");
            return result;
        }
        // Past the distinct pages every policy faults only on first references.
        const u64 maxFrames = std::max<u64>(1, std::min<u64>(request.maxFrames, dense.distinct()));
        result.maxFrames = maxFrames;
        report(kReadShare);
        check();

        const u64 total = dense.size();
        const trace::StackDistances lru = trace::lruStackDistances(dense, maxFrames, [&](u64 done) {
            check();
            report(kReadShare + int(kLruShare * done / total));
        });
        MrcCurve lruCurve;
        for (const auto& [frames, faults] : lru.curve()) {
            lruCurve.frames.push_back(double(frames));
            lruCurve.faults.push_back(double(faults));
        }
        result.curves.push_back(lruCurve);
        report(kReadShare + kLruShare);

        const std::vector<u64> sizes = trace::sampleSizes(maxFrames);
        const trace::Policy others[] = { trace::Policy::Fifo, trace::Policy::Clock, trace::Policy::Opt };
        const u64 runs = sizes.size() * std::size(others);
        u64 ran = 0;
        for (const trace::Policy policy : others) {
            check();
            std::vector<u32> next;
            if (policy == trace::Policy::Opt)
                next = trace::nextUses(dense);
            MrcCurve curve;
            curve.policy = policy;
            u64 previous = 0;
            for (const u64 frames : sizes) {
                check();
                const u64 faults
                    = trace::simulate(dense, policy, frames, next.empty() ? nullptr : &next).faults;
                if (!curve.faults.isEmpty() && faults > previous)
                    result.anomalies += QObject::tr("%1: %2 faults with %3 frames, %4 with %5. ")
                                            .arg(QString::fromUtf8(trace::toString(policy)).toUpper())
                                            .arg(previous)
                                            .arg(curve.frames.last())
                                            .arg(faults)
                                            .arg(frames);
                previous = faults;
                curve.frames.push_back(double(frames));
                curve.faults.push_back(double(faults));
                ++ran;
                report(kReadShare + kLruShare + int((1000 - kReadShare - kLruShare) * ran / runs));
            }
            result.curves.push_back(curve);
        }
    } catch (const Cancelled&) {
        result = MrcResult();
        result.cancelled = true;
    } catch (const std::exception& e) {
        result = MrcResult();
        result.error = QString::fromStdString(e.what());
    }
    return result;
}

MrcJob::MrcJob(QObject* parent)
    : QObject(parent)
{
    connect(&watcher_, &QFutureWatcher<MrcResult>::finished, this, &MrcJob::done);
}

MrcJob::~MrcJob()
{
    if (cancel_)
        cancel_->store(true);
    watcher_.waitForFinished();
}

bool MrcJob::start(const MrcRequest& request)
{
    if (running_)
        return false;
    const QString bad = request.validate();
    if (!bad.isEmpty()) {
        MrcResult r;
        r.error = bad;
        Q_EMIT finished(r);
        return false;
    }
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    running_ = true;
    Q_EMIT runningChanged(true);
    Q_EMIT progress(0);
    // The worker posts progress to this object's thread, only when the per mille changes.
    // `this` outlives the worker: the destructor waits for it; posted calls die with it.
    auto flag = cancel_;
    MrcJob* job = this;
    watcher_.setFuture(QtConcurrent::run([request, flag, job]() {
        int last = -1;
        return computeMrc(request, *flag, [job, &last](int perMille) {
            if (perMille == last)
                return;
            last = perMille;
            QMetaObject::invokeMethod(
                job,
                [job, perMille] {
                    if (job->running_)
                        Q_EMIT job->progress(perMille);
                },
                Qt::QueuedConnection);
        });
    }));
    return true;
}

void MrcJob::cancel()
{
    if (running_ && cancel_)
        cancel_->store(true);
}

void MrcJob::done()
{
    running_ = false;
    const MrcResult result = watcher_.result();
    Q_EMIT runningChanged(false);
    Q_EMIT finished(result);
}

} // namespace pagelab::ui
