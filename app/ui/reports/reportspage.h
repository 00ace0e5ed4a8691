#pragma once

#include "common/page.h"
#include "report/reportdata.h"
#include "report/reportoptions.h"

#include <QImage>
#include <QList>
#include <QPointer>
#include <QThread>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QVBoxLayout;
class RecordedCharts;

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
    // For File > Print... and File > Export.
    void print();
    void exportAs(const QString &format); // "pdf", "html", "markdown"

signals:
    void previewUpdated();
    void exportFinished(const QString &path, const QString &error);

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
    std::shared_ptr<const RecordedCharts> recordCharts() const;
    void track(QThread *thread);

    ReportData m_data;
    bool m_hasData = false;
    bool m_applying = false;
    int m_generation = 0;
    QList<QImage> m_pages;
    QList<QPointer<QThread>> m_threads;

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
    QLabel *m_previewNote;
    QVBoxLayout *m_pagesLayout;
    QList<QLabel *> m_pageLabels;
    QTimer *m_debounce;
};
