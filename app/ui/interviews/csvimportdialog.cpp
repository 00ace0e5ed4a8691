#include "csvimportdialog.h"

#include "db/interviewformatrepository.h"

#include "db/sqlconnection.h"
#include "domain/datetext.h"
#include "task/backgroundtask.h"
#include "task/taskcontrol.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int PreviewRows = 200;
constexpr qint64 MaxFileBytes = 512LL * 1024 * 1024;
} // namespace

CsvImportDialog::CsvImportDialog(const QString &databasePath, const QString &csvPath,
                                 QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_csvPath(csvPath)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_progress(new QProgressBar(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"csvImportDialog"_s);
    setWindowTitle(tr("Import Interview Sessions"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(u"importSummaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Reading %1 ...").arg(QFileInfo(csvPath).fileName()));
    layout->addWidget(m_summary);
    m_table->setObjectName(u"importPreviewTable"_s);
    m_table->setAccessibleName(tr("Rows to import"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Date"), tr("Format"), tr("Company"), tr("Role"), tr("Action")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setRange(0, 0);
    layout->addWidget(m_progress);
    auto *buttons = new QDialogButtonBox(this);
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);
    m_cancel->setObjectName(u"cancelImportButton"_s);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_import, &QPushButton::clicked, this, &CsvImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &CsvImportDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 28);
}

CsvImportDialog::~CsvImportDialog()
{
    if (m_task) {
        m_task->cancel();
        m_task->wait();
    }
}

void CsvImportDialog::start()
{
    auto preview = std::make_shared<InterviewCsvImport::Preview>();
    auto formatNames = std::make_shared<QHash<QString, QString>>();
    const QString dbPath = m_databasePath;
    const QString csvPath = m_csvPath;
    m_task = new BackgroundTask(
        tr("Reading the CSV file"),
        [dbPath, csvPath, preview, formatNames](TaskControl &control) {
            QFile file(csvPath);
            if (!file.open(QIODevice::ReadOnly))
                return WriteResult::failure(
                    tr("%1 cannot be read: %2").arg(csvPath, file.errorString()));
            if (file.size() > MaxFileBytes)
                return WriteResult::failure(
                    tr("The file is larger than %1 MB.").arg(MaxFileBytes / (1024 * 1024)));
            const QByteArray bytes = file.readAll();
            if (control.isCanceled())
                return WriteResult::failure(tr("Cancelled."));
            ScopedConnection connection(dbPath, SqlConnection::ReadOnly);
            if (!connection.isOpen())
                return WriteResult::failure(connection.error());
            QString error;
            auto read = InterviewCsvImport(connection.db()).preview(bytes, &error);
            if (!read)
                return WriteResult::failure(error);
            // The preview names formats as the rest of the app does, not by their CSV words.
            if (const auto formats = InterviewFormatRepository(connection.db()).all(&error)) {
                for (const InterviewFormat &f : *formats)
                    formatNames->insert(f.key, InterviewFormat::displayName(f.key, f.name));
            }
            *preview = std::move(*read);
            return WriteResult::success();
        },
        this);
    connect(m_task, &BackgroundTask::finished, this,
            [this, preview, formatNames](const WriteResult &r) {
                m_task = nullptr;
                if (!r.ok()) {
                    failed(r.error());
                    return;
                }
                m_preview = preview;
                m_formatNames = *formatNames;
                showPreview();
            });
    m_task->start();
}

void CsvImportDialog::showPreview()
{
    const QLocale locale;
    const InterviewCsvImport::Preview &p = *m_preview;
    QString summary
        = tr("Rows in %1: %2. New: %3. Updating a session already there (the same "
             "date, company, role and format), in place: %4.")
              .arg(QFileInfo(m_csvPath).fileName(), locale.toString(p.parsed.rows.size()),
                   locale.toString(p.newCount), locale.toString(p.updateCount));
    for (const QString &note : p.parsed.notes)
        summary += u'\n' + note;
    if (p.parsed.rows.size() > PreviewRows)
        summary += u'\n' + tr("The first %1 rows are shown.").arg(PreviewRows);
    m_summary->setText(summary);
    const int rows = int(std::min<qsizetype>(p.parsed.rows.size(), PreviewRows));
    m_table->setRowCount(rows);
    for (int i = 0; i < rows; ++i) {
        const InterviewCsv::Row &row = p.parsed.rows.at(i);
        const qint64 existing = p.existingIds.value(i);
        const QStringList cells = {locale.toString(row.line),
                                   DateText::shortDate(row.session.date, locale),
                                   m_formatNames.value(row.session.format, row.session.format),
                                   row.session.company,
                                   row.session.role,
                                   existing > 0 ? tr("update in place") : tr("new")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_import->setEnabled(!p.parsed.rows.isEmpty());
    m_import->setDefault(true);
}

void CsvImportDialog::startImport()
{
    if (!m_preview || m_task)
        return;
    m_import->setEnabled(false);
    const int total = int(m_preview->parsed.rows.size());
    m_progress->setRange(0, total);
    const auto preview = m_preview;
    const QString dbPath = m_databasePath;
    m_task = new BackgroundTask(
        tr("Importing interview sessions"),
        [dbPath, preview](TaskControl &control) {
            ScopedConnection connection(dbPath, SqlConnection::ReadWrite);
            if (!connection.isOpen())
                return WriteResult::failure(connection.error());
            QString error;
            const bool ok = InterviewCsvImport(connection.db())
                                .apply(
                                    *preview,
                                    [&control](int done, int all) {
                                        control.setProgress(done, all);
                                        return !control.isCanceled();
                                    },
                                    &error);
            if (!ok && control.isCanceled())
                return WriteResult::failure(tr("Cancelled."));
            return WriteResult::check(ok, error);
        },
        this);
    connect(m_task, &BackgroundTask::progress, m_progress,
            [this](int done, int) { m_progress->setValue(done); });
    connect(m_task, &BackgroundTask::finished, this, [this, total](const WriteResult &r) {
        m_task = nullptr;
        if (!r.ok()) {
            failed(r.error());
            return;
        }
        m_imported = total;
        emit imported(total);
        accept();
    });
    m_task->start();
}

void CsvImportDialog::failed(const QString &message)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_summary->setText(tr("Nothing was imported: %1").arg(message));
    m_import->setEnabled(false);
    m_cancel->setText(tr("Close"));
}

void CsvImportDialog::reject()
{
    if (m_task) {
        m_task->cancel(); // finished() follows, and says it was cancelled
        return;
    }
    QDialog::reject();
}
