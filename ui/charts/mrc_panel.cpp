#include "charts/mrc_panel.h"

#include "charts/plot_style.h"
#include "theme/theme.h"

#include "charts/qcustomplot_wrap.h"
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pagelab::ui {

namespace {

const ColorRole kPolicyRoles[]
    = { ColorRole::Series1, ColorRole::Series2, ColorRole::Series3, ColorRole::Series4 };

QString policyName(trace::Policy p)
{
    switch (p) {
    case trace::Policy::Lru: return QObject::tr("LRU (exact, Mattson)");
    case trace::Policy::Fifo: return QObject::tr("FIFO");
    case trace::Policy::Clock: return QObject::tr("Clock");
    case trace::Policy::Opt: return QObject::tr("OPT (Belady's MIN)");
    }
    return {};
}

} // namespace

MrcPanel::MrcPanel(Theme& theme, QWidget* parent)
    : QWidget(parent)
    , theme_(theme)
{
    source_ = new QComboBox(this);
    source_->addItem(tr("Belady's string 1 2 3 4 1 2 5 1 2 3 4 5"));
    source_->addItem(tr("Workload"));
    source_->addItem(tr("Trace file"));
    source_->setToolTip(tr("The reference string whose miss-ratio curves are computed."));

    // Workload parameters (trace/workload.h).
    auto* workload = new QWidget(this);
    auto* wl = new QGridLayout(workload); // two rows: narrow enough for presentation mode
    wl->setContentsMargins(0, 0, 0, 0);
    kind_ = new QComboBox(workload);
    for (const char* k : { "zipf", "loop", "random", "seq" })
        kind_->addItem(QString::fromLatin1(k));
    pages_ = new QSpinBox(workload);
    pages_->setRange(1, int(MrcRequest::kMaxReferences));
    pages_->setValue(200);
    count_ = new QSpinBox(workload);
    count_->setRange(1, int(MrcRequest::kMaxReferences));
    count_->setValue(100000);
    theta_ = new QDoubleSpinBox(workload);
    theta_->setRange(0.0, 5.0);
    theta_->setSingleStep(0.05);
    theta_->setValue(0.99);
    seed_ = new QSpinBox(workload);
    seed_->setRange(0, 1 << 30);
    wl->addWidget(kind_, 0, 0);
    wl->addWidget(new QLabel(tr("pages"), workload), 0, 1);
    wl->addWidget(pages_, 0, 2);
    wl->addWidget(new QLabel(tr("references"), workload), 0, 3);
    wl->addWidget(count_, 0, 4);
    wl->addWidget(new QLabel(tr("theta"), workload), 1, 1);
    wl->addWidget(theta_, 1, 2);
    wl->addWidget(new QLabel(tr("seed"), workload), 1, 3);
    wl->addWidget(seed_, 1, 4);
    wl->setColumnStretch(5, 1);

    // Trace file (trace/trace_reader.h).
    auto* file = new QWidget(this);
    auto* fl = new QHBoxLayout(file);
    fl->setContentsMargins(0, 0, 0, 0);
    path_ = new QLineEdit(file);
    path_->setPlaceholderText(tr("trace file"));
    auto* browse = new QPushButton(tr("Browse…"), file);
    format_ = new QComboBox(file);
    for (const char* f : { "pages", "addresses", "lackey" })
        format_->addItem(QString::fromLatin1(f));
    format_->setToolTip(tr("pages: a page number per line; addresses: a hex address per line; "
                           "lackey: valgrind --tool=lackey --trace-mem=yes"));
    fl->addWidget(path_, 1);
    fl->addWidget(browse);
    fl->addWidget(format_);
    connect(browse, &QPushButton::clicked, this, &MrcPanel::chooseFile);

    sourcePages_ = new QStackedWidget(this);
    sourcePages_->addWidget(new QWidget(this));
    sourcePages_->addWidget(workload);
    sourcePages_->addWidget(file);
    sourcePages_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    frames_ = new QSpinBox(this);
    frames_->setRange(1, int(MrcRequest::kMaxFrames));
    frames_->setValue(5);
    frames_->setToolTip(tr("The largest memory size, in frames, on the curve."));
    computeButton_ = new QPushButton(tr("Compute"), this);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setEnabled(false);
    cancelButton_->setToolTip(tr("Stops between chunks of the trace, inside the LRU pass and between "
                                 "two sizes; one simulation at one size runs to its end."));
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setTextVisible(false);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Two rows: in one, the controls made every chart tab wider than a 1280-pixel screen in
    // presentation mode, and the dock scrolled sideways over the plots' right axis.
    auto* controls = new QGridLayout;
    controls->addWidget(new QLabel(tr("Reference string"), this), 0, 0);
    controls->addWidget(source_, 0, 1, 1, 4);
    controls->addWidget(new QLabel(tr("up to frames"), this), 1, 0);
    controls->addWidget(frames_, 1, 1);
    controls->addWidget(computeButton_, 1, 2);
    controls->addWidget(cancelButton_, 1, 3);
    controls->addWidget(progress_, 1, 4);
    controls->setColumnStretch(4, 1);
    controls->addWidget(sourcePages_, 2, 0, 1, 5);

    plot_ = new QCustomPlot(this);
    plot_->setMinimumHeight(160);
    for (const trace::Policy p : trace::kAllPolicies)
        plot_->addGraph()->setName(policyName(p));
    plot_->xAxis->setLabel(tr("frames"));
    plot_->yAxis->setLabel(axisTitle(tr("miss ratio (faults per reference)")));
    plot_->yAxis->setRange(0, 1.05);
    plot_->xAxis->setRange(0, 6);
    placeLegendBelow(*plot_, 2);
    plot_->setToolTip(tr("Faults per reference against the number of frames. LRU and OPT never get "
                         "worse with more frames; FIFO can (Belady's anomaly)."));

    // The controls scroll sideways in a narrow dock; the plot below keeps the dock's width
    // (scrolling the whole tab hid the plots' right edge and axis titles).
    auto* controlsBox = new QWidget(this);
    controlsBox->setLayout(controls);
    controls->setContentsMargins(0, 0, 0, 0);
    auto* controlsScroll = new QScrollArea(this);
    controlsScroll->setWidget(controlsBox);
    controlsScroll->setWidgetResizable(true);
    controlsScroll->setFrameShape(QFrame::NoFrame);
    controlsScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    controlsScroll->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Maximum);
    controlsScroll_ = controlsScroll;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(controlsScroll);
    layout->addWidget(status_);
    layout->addWidget(plot_, 1);

    connect(source_, &QComboBox::currentIndexChanged, this, &MrcPanel::syncSource);
    connect(computeButton_, &QPushButton::clicked, this, &MrcPanel::compute);
    connect(cancelButton_, &QPushButton::clicked, this, &MrcPanel::cancel);
    connect(&job_, &MrcJob::progress, progress_, &QProgressBar::setValue);
    connect(&job_, &MrcJob::runningChanged, this, [this](bool running) {
        computeButton_->setEnabled(!running);
        cancelButton_->setEnabled(running);
    });
    connect(&job_, &MrcJob::finished, this, &MrcPanel::showResult);
    syncSource();
    setStatus(tr("Choose a reference string and press Compute."), false);
    restyle();
}

void MrcPanel::syncSource()
{
    sourcePages_->setCurrentIndex(source_->currentIndex());
    sourcePages_->setVisible(source_->currentIndex() != 0);
    fitControls();
}

// The controls' scroll area is as high as the controls (and a scroll bar when they are wider
// than the panel).
void MrcPanel::fitControls()
{
    QWidget* box = controlsScroll_->widget();
    box->adjustSize();
    const int bar = box->sizeHint().width() > controlsScroll_->viewport()->width()
        ? controlsScroll_->horizontalScrollBar()->sizeHint().height()
        : 0;
    controlsScroll_->setFixedHeight(box->sizeHint().height() + bar);
}

void MrcPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitControls();
}

MrcRequest MrcPanel::request() const
{
    MrcRequest r;
    r.source = MrcRequest::Source(source_->currentIndex() == 0 ? int(MrcRequest::Source::Belady)
            : source_->currentIndex() == 1                     ? int(MrcRequest::Source::Workload)
                                                               : int(MrcRequest::Source::File));
    r.path = path_->text();
    r.format
        = trace::parseTraceFormat(format_->currentText().toStdString()).value_or(trace::TraceFormat::Pages);
    r.workload.kind
        = trace::parseWorkloadKind(kind_->currentText().toStdString()).value_or(trace::WorkloadKind::Zipf);
    r.workload.pages = u64(pages_->value());
    r.workload.count = u64(count_->value());
    r.workload.theta = theta_->value();
    r.workload.seed = u64(seed_->value());
    r.maxFrames = u64(frames_->value());
    return r;
}

void MrcPanel::setRequest(const MrcRequest& r)
{
    source_->setCurrentIndex(r.source == MrcRequest::Source::Belady ? 0
            : r.source == MrcRequest::Source::Workload              ? 1
                                                                    : 2);
    path_->setText(r.path);
    format_->setCurrentText(QString::fromUtf8(trace::toString(r.format)));
    kind_->setCurrentText(QString::fromUtf8(trace::toString(r.workload.kind)));
    pages_->setValue(int(std::min<u64>(r.workload.pages, MrcRequest::kMaxReferences)));
    count_->setValue(int(std::min<u64>(r.workload.count, MrcRequest::kMaxReferences)));
    theta_->setValue(r.workload.theta);
    seed_->setValue(int(std::min<u64>(r.workload.seed, 1 << 30)));
    frames_->setValue(int(std::min<u64>(r.maxFrames, MrcRequest::kMaxFrames)));
}

void MrcPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a trace"));
    if (!path.isEmpty())
        path_->setText(path);
}

void MrcPanel::compute()
{
    if (job_.running())
        return;
    if (job_.start(request()))
        setStatus(tr("Computing…"), false);
}

QString MrcPanel::statusText() const
{
    return status_->text();
}

void MrcPanel::setStatus(const QString& text, bool error)
{
    statusIsError_ = error;
    status_->setText(text);
    QPalette pal = status_->palette();
    pal.setColor(QPalette::WindowText, theme_.color(error ? ColorRole::Error : ColorRole::Text));
    status_->setPalette(pal);
}

void MrcPanel::showResult(const MrcResult& result)
{
    if (!result.error.isEmpty()) {
        progress_->setValue(0);
        setStatus(result.error, true);
        return;
    }
    if (result.cancelled) {
        progress_->setValue(0);
        setStatus(tr("Cancelled: the curves shown are from the previous run."), false);
        return;
    }
    result_ = result;
    progress_->setValue(1000);
    const double refs = double(std::max<u64>(1, result.references));
    for (int i = 0; i < result.curves.size() && i < plot_->graphCount(); ++i) {
        QVector<double> ratio;
        for (double f : result.curves[i].faults)
            ratio.push_back(f / refs);
        plot_->graph(i)->setData(result.curves[i].frames, ratio, true);
    }
    plot_->xAxis->setRange(0, double(result.maxFrames) + 1);
    plot_->yAxis->setRange(0, 1.05);
    QString text = tr("%1 references to %2 distinct pages, 1 to %3 frames.")
                       .arg(result.references)
                       .arg(result.distinct)
                       .arg(result.maxFrames);
    if (!result.anomalies.isEmpty())
        text += QLatin1Char(' ') + tr("Belady's anomaly: %1").arg(result.anomalies.trimmed());
    setStatus(text, false);
    plot_->replot();
}

void MrcPanel::setEmphasis(bool on)
{
    emphasized_ = on;
    restyle();
}

void MrcPanel::restyle()
{
    setFont(theme_.uiFont());
    fitControls();
    stylePlot(*plot_, theme_);
    const double dot = theme_.presentation() ? 9 : 6;
    for (int i = 0; i < plot_->graphCount(); ++i) {
        const QColor c = theme_.color(kPolicyRoles[i]);
        plot_->graph(i)->setPen(QPen(c, lineWidth(theme_, emphasized_)));
        plot_->graph(i)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c, c, dot));
    }
    setStatus(status_->text(), statusIsError_);
    plot_->replot();
}

} // namespace pagelab::ui
