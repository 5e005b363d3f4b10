// The miss-ratio tab: choose a reference string (Belady's classic string, a built-in
// workload or a trace file), compute the curves of LRU, FIFO, Clock and OPT on a worker
// thread (MrcJob) with a progress bar and Cancel, and plot miss ratio against frames.
#pragma once

#include "charts/mrc_job.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;

namespace pagelab::ui {

class Theme;

class MrcPanel : public QWidget {
    Q_OBJECT

public:
    explicit MrcPanel(Theme& theme, QWidget* parent = nullptr);

    // The request the controls describe.
    MrcRequest request() const;
    void setRequest(const MrcRequest& request);

    MrcJob& job() { return job_; }
    QCustomPlot* plot() const { return plot_; }
    QString statusText() const;
    const MrcResult& result() const { return result_; }

    void compute();
    void cancel() { job_.cancel(); }
    void setEmphasis(bool on);
    void restyle();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitControls();
    void chooseFile();
    void showResult(const MrcResult& result);
    void setStatus(const QString& text, bool error);
    void syncSource();

    Theme& theme_;
    MrcJob job_;
    MrcResult result_;
    bool emphasized_ = false;
    bool statusIsError_ = false;
    QScrollArea* controlsScroll_ = nullptr;

    QComboBox* source_ = nullptr;
    QStackedWidget* sourcePages_ = nullptr;
    QComboBox* kind_ = nullptr;
    QSpinBox* pages_ = nullptr;
    QSpinBox* count_ = nullptr;
    QDoubleSpinBox* theta_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QLineEdit* path_ = nullptr;
    QComboBox* format_ = nullptr;
    QSpinBox* frames_ = nullptr;
    QPushButton* computeButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QCustomPlot* plot_ = nullptr;
};

} // namespace pagelab::ui
