#pragma once

#include "common/page.h"
#include "report/reportdata.h"
#include "report/reportoptions.h"
#include "reportjob.h"

#include <QImage>
#include <QList>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTimer;
class QVBoxLayout;
class RecordedCharts;
class ReportTasks;

// The Reports page: pick the document (portfolio summary or resume), its sections and items,
// the page size and the target role; see the real pages as they will print, updated as the
// choices change (laid out on a worker thread, so typing never waits); print through the
// system dialog with a print preview; export PDF, HTML and Markdown off the GUI thread.
// The choices are stored in the workbench (settings "reports.choices").
class ReportsPage : public Page
{
    Q_OBJECT
public:
    explicit ReportsPage(const WorkbenchContext &context, QWidget *parent = nullptr);
    // Waits for the jobs still running: they use the fonts, which go with the application.
    ~ReportsPage() override;

    QString title() const override { return tr("Reports"); }
    void reload() override;

    ReportOptions options() const;
    int previewPageCount() const { return int(m_pages.size()); }
    // Previews laid out since the page was made (tests: a burst of typing makes one).
    int previewsStarted() const { return m_previewsStarted; }
    // For File > Print... and File > Export. Print lays the pages out on a worker (the button
    // waits meanwhile), then opens the print preview.
    void print();
    void exportAs(const QString &format); // "pdf", "html", "markdown"

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    void previewUpdated();
    void exportFinished(const QString &path, const QString &error);
    // The print preview of PAGES pages is about to open (tests close it).
    void printPreviewOpening(int pages);

private:
    void buildForm();
    void fillItemLists();
    void applyOptions(const ReportOptions &options);
    void choicesChanged();
    void saveChoices();
    void refreshPreview();
    void showPages(const QList<QImage> &pages);
    void showPage(int index, const QImage &page);
    void setPreviewNote(const QString &text);
    int previewWidth() const; // pixels: the pages as wide as the preview pane allows
    std::shared_ptr<const RecordedCharts> recordCharts() const;
    void exportDone(const QString &path, const QString &error);

    ReportData m_data;
    bool m_hasData = false;
    bool m_applying = false;
    int m_generation = 0;
    QList<QImage> m_pages;
    // The charts, recorded once per reload on the GUI thread (Qt Charts needs it) and shared
    // with every job: typing a role tag never waits for them.
    std::shared_ptr<const RecordedCharts> m_charts;
    std::shared_ptr<std::atomic_bool> m_previewCancel; // the running preview's
    int m_previewsStarted = 0;
    ReportTasks *m_tasks; // print, exports, and the threads of every job

    QComboBox *m_kind;
    QComboBox *m_pageSize;
    QLineEdit *m_role;
    QSpinBox *m_minLevel;
    QCheckBox *m_evidenced;
    QCheckBox *m_finishedProjects;
    QCheckBox *m_earnedCerts;
    QList<QCheckBox *> m_sections;
    QListWidget *m_projects;
    QListWidget *m_certifications;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_printButton = nullptr;
    QLabel *m_previewNote;
    QVBoxLayout *m_pagesLayout;
    QScrollArea *m_previewScroll;
    int m_lastPreviewWidth = 0;
    QList<QLabel *> m_pageLabels;
    QTimer *m_debounce;
};
