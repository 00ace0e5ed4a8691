#include "reportspage.h"

#include "common/changenotifier.h"
#include "common/dialogs.h"
#include "db/database.h"
#include "db/reportrepository.h"
#include "db/settingsrepository.h"
#include "db/transaction.h"
#include "report/portfoliobuilder.h"
#include "report/recordedcharts.h"
#include "report/reportrenderer.h"
#include "reportcharts.h"
#include "reportjob.h"
#include "reporttasks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString ChoicesKey = u"reports.choices"_s;
}

ReportsPage::ReportsPage(const WorkbenchContext &context, QWidget *parent)
    : Page(context, parent)
    , m_tasks(new ReportTasks(this))
    , m_debounce(new QTimer(this))
{
    connect(m_tasks, &ReportTasks::printPreviewOpening, this, &ReportsPage::printPreviewOpening);
    connect(m_tasks, &ReportTasks::printLaidOut, this, [this] {
        m_progress->setVisible(false);
        m_status->setText(tr("%n page(s)", nullptr, int(m_pages.size())));
    });
    connect(m_tasks, &ReportTasks::printFinished, this,
            [this] { m_printButton->setEnabled(true); });
    connect(m_tasks, &ReportTasks::exportFinished, this, &ReportsPage::exportDone);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, &ReportsPage::refreshPreview);
    buildForm();
    // Any change can reach a document: reload at once when shown, else when next shown.
    watch(ChangeNotifier::Everything);
}

ReportsPage::~ReportsPage()
{
    if (m_previewCancel)
        m_previewCancel->store(true);
    m_tasks->waitForAll();
}

void ReportsPage::buildForm()
{
    auto *form = new QFormLayout;
    // A label too long to share the column with its field (Spanish, German) puts the field on
    // the line below instead of widening the column (issue #13).
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_kind = new QComboBox;
    m_kind->setObjectName(u"reportKind"_s);
    m_kind->addItem(tr("Portfolio summary"),
                    ReportOptions::kindKey(ReportOptions::Kind::Portfolio));
    m_kind->addItem(tr("Resume"), ReportOptions::kindKey(ReportOptions::Kind::Resume));
    form->addRow(tr("&Document:"), m_kind);
    m_pageSize = new QComboBox;
    m_pageSize->setObjectName(u"pageSize"_s);
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    form->addRow(tr("Pa&ge size:"), m_pageSize);
    m_role = new QLineEdit;
    m_role->setObjectName(u"roleTags"_s);
    m_role->setPlaceholderText(tr("e.g. LLM, MLOps, RAG"));
    m_role->setToolTip(tr("Tags of the role you apply for, separated by commas: what matches "
                          "them comes first, and a resume drops the rest first."));
    form->addRow(tr("Target &role:"), m_role);
    m_minLevel = new QSpinBox;
    m_minLevel->setObjectName(u"minSkillLevel"_s);
    m_minLevel->setRange(0, 5);
    form->addRow(tr("Skills at &level:"), m_minLevel);
    m_evidenced = new QCheckBox(tr("Only s&kills with evidence"));
    m_finishedProjects = new QCheckBox(tr("Only fi&nished projects"));
    m_earnedCerts = new QCheckBox(tr("Only e&arned certifications"));
    for (QCheckBox *box : {m_evidenced, m_finishedProjects, m_earnedCerts})
        form->addRow(box);
    auto *sections = new QGroupBox(tr("Sections"));
    auto *sectionsLayout = new QVBoxLayout(sections);
    const QList<QPair<QString, QString>> keys
        = {{u"summary"_s, tr("Summary")},
           {u"skills"_s, tr("Skills")},
           {u"roadmap"_s, tr("Roadmap progress (portfolio)")},
           {u"projects"_s, tr("Projects")},
           {u"experience"_s, tr("Experience (resume)")},
           {u"education"_s, tr("Education (resume)")},
           {u"certifications"_s, tr("Certifications")},
           {u"interviews"_s, tr("Interview readiness (portfolio)")},
           {u"languages"_s, tr("Languages (resume)")}};
    for (const auto &[key, label] : keys) {
        auto *box = new QCheckBox(label);
        box->setProperty("section", key);
        box->setObjectName(u"section_"_s + key);
        sectionsLayout->addWidget(box);
        m_sections.append(box);
        connect(box, &QCheckBox::toggled, this, &ReportsPage::choicesChanged);
    }

    // Item by item: which projects and certifications the documents show.
    auto *items = new QGroupBox(tr("Items"));
    auto *itemsLayout = new QVBoxLayout(items);
    m_projects = new QListWidget;
    m_projects->setObjectName(u"reportProjects"_s);
    m_projects->setAccessibleName(tr("Projects to show"));
    m_certifications = new QListWidget;
    m_certifications->setObjectName(u"reportCertifications"_s);
    m_certifications->setAccessibleName(tr("Certifications to show"));
    auto *projectsLabel = new QLabel(tr("Pro&jects:"));
    projectsLabel->setBuddy(m_projects);
    auto *certificationsLabel = new QLabel(tr("Certificati&ons:"));
    certificationsLabel->setBuddy(m_certifications);
    itemsLayout->addWidget(projectsLabel);
    itemsLayout->addWidget(m_projects);
    itemsLayout->addWidget(certificationsLabel);
    itemsLayout->addWidget(m_certifications);
    for (QListWidget *list : {m_projects, m_certifications}) {
        list->setMaximumHeight(list->fontMetrics().lineSpacing() * 7);
        connect(list, &QListWidget::itemChanged, this, &ReportsPage::choicesChanged);
    }

    auto *print = new QPushButton(tr("&Print..."));
    print->setObjectName(u"printButton"_s);
    m_printButton = print;
    connect(print, &QPushButton::clicked, this, &ReportsPage::print);
    auto *buttons = new QGridLayout;
    buttons->addWidget(print, 0, 0);
    const QList<QPair<QString, QString>> formats = {{u"pdf"_s, tr("E&xport PDF...")},
                                                    {u"html"_s, tr("Export H&TML...")},
                                                    {u"markdown"_s, tr("Export &Markdown...")}};
    for (int i = 0; i < formats.size(); ++i) {
        auto *button = new QPushButton(formats[i].second);
        button->setObjectName(u"export_"_s + formats[i].first);
        const QString format = formats[i].first;
        connect(button, &QPushButton::clicked, this, [this, format] { exportAs(format); });
        buttons->addWidget(button, (i + 1) / 2, (i + 1) % 2);
    }
    m_status = new QLabel;
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setVisible(false);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(sections);
    left->addWidget(items);
    left->addLayout(buttons);
    left->addWidget(m_progress);
    left->addWidget(m_status);
    left->addStretch();
    auto *leftWidget = new QWidget;
    leftWidget->setLayout(left);
    auto *leftScroll = new QScrollArea;
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setWidget(leftWidget);
    // The settings column scrolls up and down, never sideways: it is as wide as its widest
    // control needs (issue #13: in Spanish it scrolled sideways and cut the fields).
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int needed = leftWidget->minimumSizeHint().width()
        + leftScroll->verticalScrollBar()->sizeHint().width();
    leftScroll->setMaximumWidth(std::max(380, needed));
    leftScroll->setMinimumWidth(std::max(280, needed));

    auto *pagesWidget = new QWidget;
    pagesWidget->setObjectName(u"reportPreview"_s);
    m_pagesLayout = new QVBoxLayout(pagesWidget);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    // Says what is happening from the first moment: the preview is never a blank grey area.
    m_previewNote = new QLabel(tr("Preparing the preview..."));
    m_previewNote->setObjectName(u"previewNote"_s);
    m_previewNote->setTextFormat(Qt::PlainText);
    m_previewNote->setAlignment(Qt::AlignCenter);
    m_previewNote->setAutoFillBackground(true);
    m_previewNote->setBackgroundRole(QPalette::Base);
    m_previewNote->setMargin(12);
    m_pagesLayout->addWidget(m_previewNote);
    m_previewScroll = new QScrollArea;
    m_previewScroll->setWidgetResizable(true);
    m_previewScroll->setWidget(pagesWidget);
    m_previewScroll->setBackgroundRole(QPalette::Dark);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(leftScroll);
    layout->addWidget(m_previewScroll, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::choicesChanged);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ReportsPage::choicesChanged);
    connect(m_role, &QLineEdit::textChanged, this, &ReportsPage::choicesChanged);
    connect(m_minLevel, &QSpinBox::valueChanged, this, &ReportsPage::choicesChanged);
    for (QCheckBox *box : {m_evidenced, m_finishedProjects, m_earnedCerts})
        connect(box, &QCheckBox::toggled, this, &ReportsPage::choicesChanged);
}

ReportOptions ReportsPage::options() const
{
    ReportOptions o;
    o.locale = QLocale();
    ReportOptions::kindFromKey(m_kind->currentData().toString(), &o.kind);
    o.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    o.roleTags = ReportOptions::parseTags(m_role->text());
    o.minSkillLevel = m_minLevel->value();
    o.evidencedSkillsOnly = m_evidenced->isChecked();
    o.featuredProjectsOnly = m_finishedProjects->isChecked();
    o.earnedCertificationsOnly = m_earnedCerts->isChecked();
    for (QCheckBox *box : m_sections)
        if (!box->isChecked())
            o.hiddenSections.insert(box->property("section").toString());
    const auto unchecked = [](const QListWidget *list) {
        QSet<qint64> ids;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() != Qt::Checked)
                ids.insert(list->item(i)->data(Qt::UserRole).toLongLong());
        return ids;
    };
    o.excludedProjects = unchecked(m_projects);
    o.excludedCertifications = unchecked(m_certifications);
    return o;
}

void ReportsPage::applyOptions(const ReportOptions &o)
{
    m_applying = true;
    m_kind->setCurrentIndex(m_kind->findData(ReportOptions::kindKey(o.kind)));
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(o.pageSize)));
    m_role->setText(o.roleTags.join(u", "_s));
    m_minLevel->setValue(o.minSkillLevel);
    m_evidenced->setChecked(o.evidencedSkillsOnly);
    m_finishedProjects->setChecked(o.featuredProjectsOnly);
    m_earnedCerts->setChecked(o.earnedCertificationsOnly);
    for (QCheckBox *box : m_sections)
        box->setChecked(o.shows(box->property("section").toString()));
    const auto check = [](QListWidget *list, const QSet<qint64> &excluded) {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            const bool off = excluded.contains(item->data(Qt::UserRole).toLongLong());
            item->setCheckState(off ? Qt::Unchecked : Qt::Checked);
        }
    };
    check(m_projects, o.excludedProjects);
    check(m_certifications, o.excludedCertifications);
    m_applying = false;
}

void ReportsPage::reload()
{
    if (!m_context.database || !m_context.database->isOpen())
        return;
    const QSqlDatabase db = m_context.database->connection();
    QString error;
    const auto data = ReportRepository(db).load(&error);
    // Choices that cannot be read are not the defaults: a change would save over them.
    const std::optional<QVariant> stored
        = data ? SettingsRepository(db).value(ChoicesKey, &error) : std::nullopt;
    m_hasData = stored.has_value();
    if (!stored) {
        m_status->setText(tr("The workbench cannot be read: %1").arg(error));
        return;
    }
    m_data = *data;
    m_charts = recordCharts();
    fillItemLists();
    applyOptions(ReportOptions::fromJson(stored->toByteArray(), QLocale()));
    refreshPreview();
}

void ReportsPage::fillItemLists()
{
    m_applying = true;
    const auto add = [](QListWidget *list, qint64 id, const QString &text) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    };
    m_projects->clear();
    for (const ReportData::Project &p : std::as_const(m_data.projects))
        add(m_projects, p.id, p.featured ? tr("%1 (featured)").arg(p.name) : p.name);
    m_certifications->clear();
    for (const Certification &c : std::as_const(m_data.certifications))
        add(m_certifications, c.id, c.name);
    m_applying = false;
}

void ReportsPage::choicesChanged()
{
    if (m_applying || !m_hasData)
        return;
    saveChoices();
    // Typing a role tag waits for a pause before the pages are laid out again.
    m_debounce->start();
}

void ReportsPage::saveChoices()
{
    const QSqlDatabase db = m_context.database->connection();
    const QByteArray json = options().toJson();
    SettingsRepository settings(db);
    QString error;
    const std::optional<QVariant> stored = settings.value(ChoicesKey, &error);
    if (!stored) {
        m_status->setText(tr("Your choices could not be saved: %1").arg(error));
        return;
    }
    if (stored->toByteArray() == json)
        return;
    Transaction transaction(db);
    if (!settings.setValue(ChoicesKey, QString::fromUtf8(json), &error) || !transaction.commit())
        m_status->setText(tr("Your choices could not be saved: %1").arg(error));
}

std::shared_ptr<const RecordedCharts> ReportsPage::recordCharts() const
{
    const ReportCharts charts;
    return std::make_shared<const RecordedCharts>(
        charts, m_data,
        QStringList {PortfolioBuilder::SkillsRadar, PortfolioBuilder::InterviewTrend});
}

void ReportsPage::setPreviewNote(const QString &text)
{
    m_previewNote->setText(text);
    m_previewNote->setVisible(!text.isEmpty());
}

void ReportsPage::refreshPreview()
{
    if (!m_hasData)
        return;
    m_debounce->stop();
    const int generation = ++m_generation;
    ++m_previewsStarted;
    // The preview on its way is stale now: let it stop at its next page.
    if (m_previewCancel)
        m_previewCancel->store(true);
    m_previewCancel = std::make_shared<std::atomic_bool>(false);
    setPreviewNote(tr("Laying out the pages..."));
    ReportJob::Input input;
    input.kind = ReportJob::Kind::Preview;
    input.data = m_data;
    input.options = options();
    input.charts = m_charts;
    input.cancelled = m_previewCancel;
    input.previewWidth = m_lastPreviewWidth = previewWidth();
    ReportJob *job = ReportJob::create(std::move(input));
    // Pages replace the old ones as they are drawn; a newer preview on its way wins.
    connect(job, &ReportJob::pageReady, this,
            [this, generation](int index, int total, const QImage &page) {
                if (generation != m_generation)
                    return;
                setPreviewNote(index + 1 < total ? tr("Drawing page %1 of %2...")
                                                       .arg(QLocale().toString(index + 2),
                                                            QLocale().toString(total))
                                                 : QString());
                showPage(index, page);
            });
    connect(job, &ReportJob::finished, this,
            [this, generation](const QList<QImage> &pages, const QString &) {
                if (generation == m_generation)
                    showPages(pages);
            });
    m_tasks->start(job);
}

int ReportsPage::previewWidth() const
{
    // The page, its frame and the layout's margins fit beside the vertical scroll bar.
    const int room = m_previewScroll->viewport()->width()
        - 2 * m_pagesLayout->contentsMargins().left()
        - m_previewScroll->verticalScrollBar()->sizeHint().width() - 4;
    return std::clamp(room, 280, 760);
}

void ReportsPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    // A pane that grew or shrank much gets pages of its width, after the resizing stops.
    if (m_hasData && m_lastPreviewWidth > 0 && std::abs(previewWidth() - m_lastPreviewWidth) > 40)
        m_debounce->start();
}

void ReportsPage::showPage(int index, const QImage &page)
{
    while (m_pageLabels.size() <= index) {
        auto *label = new QLabel;
        label->setFrameShape(QFrame::Box);
        label->setObjectName(u"previewPage%1"_s.arg(m_pageLabels.size() + 1));
        m_pagesLayout->addWidget(label);
        m_pageLabels.append(label);
    }
    m_pageLabels[index]->setPixmap(QPixmap::fromImage(page));
}

void ReportsPage::showPages(const QList<QImage> &pages)
{
    m_pages = pages;
    for (int i = 0; i < pages.size(); ++i)
        showPage(i, pages[i]);
    while (m_pageLabels.size() > pages.size())
        delete m_pageLabels.takeLast();
    setPreviewNote(pages.isEmpty() ? tr("Nothing to show: every section is switched off.")
                                   : QString());
    m_status->setText(tr("%n page(s)", nullptr, int(pages.size())));
    emit previewUpdated();
}

void ReportsPage::print()
{
    if (!m_hasData || m_tasks->isPrinting())
        return;
    ReportJob::Input input;
    input.data = m_data;
    input.options = options();
    input.charts = m_charts;
    const QString name = input.options.kind == ReportOptions::Kind::Resume
        ? tr("Resume")
        : tr("Portfolio summary");
    m_printButton->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Laying out the pages for printing..."));
    m_tasks->print(std::move(input), name);
}

void ReportsPage::exportAs(const QString &format)
{
    if (!m_hasData)
        return;
    const ReportOptions o = options();
    const QString base = o.kind == ReportOptions::Kind::Resume ? tr("resume") : tr("portfolio");
    QString filter;
    QString suffix;
    ReportJob::Kind kind = ReportJob::Kind::Pdf;
    if (format == "html"_L1) {
        filter = tr("HTML pages (*.html)");
        suffix = u".html"_s;
        kind = ReportJob::Kind::Html;
    } else if (format == "markdown"_L1) {
        filter = tr("Markdown files (*.md)");
        suffix = u".md"_s;
        kind = ReportJob::Kind::Markdown;
    } else {
        filter = tr("PDF documents (*.pdf)");
        suffix = u".pdf"_s;
    }
    const QString dir = QFileInfo(m_context.database->path()).absolutePath();
    QString path = Dialogs::saveFileName(this, tr("Export"), dir + u'/' + base + suffix, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    ReportJob::Input input;
    input.kind = kind;
    input.data = m_data;
    input.options = o;
    input.charts = m_charts;
    input.path = path;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting %1...").arg(QFileInfo(path).fileName()));
    m_tasks->exportTo(std::move(input));
}

void ReportsPage::exportDone(const QString &path, const QString &error)
{
    m_progress->setVisible(false);
    if (error.isEmpty()) {
        m_status->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
        emit statusMessage(m_status->text());
    } else {
        m_status->setText(error);
        Dialogs::warning(this, tr("Export"), error);
    }
    emit exportFinished(path, error);
}
