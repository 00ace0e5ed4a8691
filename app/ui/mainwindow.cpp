#include "mainwindow.h"

#include "certifications/roisettingspanel.h"
#include "common/appearance.h"
#include "common/changenotifier.h"
#include "common/chartdatadialog.h"
#include "common/dialogs.h"
#include "common/dialogtaborder.h"
#include "common/languages.h"
#include "common/page.h"
#include "common/preferencesdialog.h"
#include "common/profilepanel.h"
#include "common/recentfiles.h"
#include "common/settingspanel.h"
#include "common/shortcuts.h"
#include "common/taskprogress.h"
#include "cw_version.h"
#include "db/database.h"
#include "documentcontroller.h"
#include "interchange/interchangecontroller.h"
#include "interviews/interviewsettingspanel.h"
#include "onboarding/onboardingwizard.h"
#include "reports/reportspage.h"
#include "skills/skillssettingspanel.h"
#include "task/backgroundtask.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new DocumentController(this))
    , m_undoStack(new QUndoStack(this))
    , m_notifier(new ChangeNotifier(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_fileLabel(new QLabel(this))
    , m_noWorkbench(createNoWorkbenchState())
    , m_taskProgress(new TaskProgress(this))
    , m_entries(pageEntries())
{
    setObjectName(u"mainWindow"_s);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_stack->setObjectName(u"pages"_s);
    m_stack->addWidget(m_noWorkbench);
    m_navigation->setEnabled(false);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    for (const PageEntry &entry : std::as_const(m_entries)) {
        // Drawn for 1x, 2x and 3x screens (resources/icons/nav): crisp at any scale factor.
        // A page without its own drawing keeps the style's icon.
        QString base = entry.name;
        base.chop(4); // "skillsPage" -> "skills"
        QIcon icon;
        for (int size : {22, 44, 66}) {
            const QString file = u":/icons/nav/%1-%2.png"_s.arg(base).arg(size);
            if (QFile::exists(file))
                icon.addFile(file, QSize(size, size));
        }
        if (icon.isNull())
            icon = style()->standardIcon(entry.icon);
        new QListWidgetItem(icon, entry.label, m_navigation);
    }
    const int navWidth = m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 24;
    m_navigation->setMinimumWidth(navWidth);
    m_navigation->setMaximumWidth(navWidth + 80);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_fileLabel->setObjectName(u"fileLabel"_s);
    statusBar()->addPermanentWidget(m_taskProgress);
    statusBar()->addPermanentWidget(m_fileLabel);
    connect(m_document, &DocumentController::taskStarted, m_taskProgress, &TaskProgress::track);
    m_interchange = new InterchangeController(m_document, m_notifier, this);
    connect(m_interchange, &InterchangeController::taskStarted, m_taskProgress,
            &TaskProgress::track);

    connect(m_navigation, &QListWidget::currentRowChanged, this,
            qOverload<int>(&MainWindow::showPage));
    connect(m_document, &DocumentController::documentChanged, this, &MainWindow::rebuildPages);

    createMenus();
    connect(m_document, &DocumentController::fileOpened, m_recent, &RecentFiles::add);
    connect(m_document, &DocumentController::recentFileFailed, m_recent, &RecentFiles::remove);
    connect(m_recent, &RecentFiles::openRequested, m_document, &DocumentController::openRecent);

    QSettings settings;
    if (!restoreGeometry(settings.value("mainWindow/geometry"_L1).toByteArray())) {
        const QScreen *shown = screen() ? screen() : QGuiApplication::primaryScreen();
        resize(shown ? firstSize(shown->availableGeometry().size()) : QSize(1200, 780));
    }
    if (!splitter->restoreState(settings.value("mainWindow/splitter"_L1).toByteArray()))
        splitter->setSizes({navWidth, width() - navWidth});
    updateTitle();
    qApp->installEventFilter(this);
    DialogTabOrder::install(this);
}

MainWindow::~MainWindow() = default;

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::FileOpen) {
        const QString path = static_cast<QFileOpenEvent *>(event)->file();
        if (path.isEmpty()) // a URL that is not a local file
            return false;
        if (isMinimized())
            showNormal();
        raise();
        activateWindow();
        m_document->openFile(path);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

QString MainWindow::startupPath()
{
    const QStringList recent = QSettings().value("recentFiles"_L1).toStringList();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
        return recent.first();
    return Database::defaultPath();
}

QWidget *MainWindow::createNoWorkbenchState()
{
    auto *w = new QWidget(this);
    w->setObjectName(u"noWorkbench"_s);
    auto *layout = new QVBoxLayout(w);
    layout->addStretch(1);
    auto *label = new QLabel(tr("No workbench is open. Create a new one, open an existing file, "
                                "or explore the demo workbench."),
                             w);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *newButton = new QPushButton(tr("&New Workbench..."), w);
    auto *openButton = new QPushButton(tr("&Open..."), w);
    auto *demoButton = new QPushButton(tr("Open &Demo Workbench"), w);
    connect(newButton, &QPushButton::clicked, m_document, &DocumentController::newWorkbench);
    connect(openButton, &QPushButton::clicked, m_document, &DocumentController::openWorkbench);
    connect(demoButton, &QPushButton::clicked, m_document, &DocumentController::openDemo);
    for (QPushButton *b : {newButton, openButton, demoButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return w;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *a
        = file->addAction(tr("&New Workbench..."), m_document, &DocumentController::newWorkbench);
    a->setShortcut(QKeySequence::New);
    a = file->addAction(tr("&Open..."), m_document, &DocumentController::openWorkbench);
    a->setShortcut(QKeySequence::Open);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(u"recentMenu"_s);
    m_recent = new RecentFiles(recent, this);
    file->addAction(tr("Open &Demo Workbench"), m_document, &DocumentController::openDemo);
    file->addSeparator();
    a = file->addAction(tr("Save &As..."), m_document, &DocumentController::saveAs);
    a->setShortcuts(
        Shortcuts::standardWith(QKeySequence::SaveAs, {QKeySequence(u"Ctrl+Shift+S"_s)}));
    a->setObjectName(u"saveAsAction"_s);
    file->addSeparator();
    // Print and export act on the Reports page's document and choices.
    auto withReports = [this](auto action) {
        return [this, action] {
            auto *reports = qobject_cast<ReportsPage *>(page(u"reportsPage"_s));
            if (!reports)
                return;
            showPage(u"reportsPage"_s);
            reports->ensureLoaded();
            action(reports);
        };
    };
    a = file->addAction(tr("&Print..."), this, withReports([](ReportsPage *r) { r->print(); }));
    a->setShortcut(QKeySequence::Print);
    a->setObjectName(u"printAction"_s);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&PDF..."), this,
                          withReports([](ReportsPage *r) { r->exportAs(u"pdf"_s); }));
    exportMenu->addAction(tr("&HTML..."), this,
                          withReports([](ReportsPage *r) { r->exportAs(u"html"_s); }));
    exportMenu->addAction(tr("&Markdown..."), this,
                          withReports([](ReportsPage *r) { r->exportAs(u"markdown"_s); }));
    m_interchange->addExportActions(exportMenu);
    m_interchange->addImportActions(file->addMenu(tr("&Import")));
    file->addSeparator();
    a = file->addAction(tr("&Quit"), this, &QWidget::close);
    a->setShortcut(QKeySequence::Quit);
    a->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"undoAction"_s);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(Shortcuts::standardWith(
        QKeySequence::Redo, {QKeySequence(u"Ctrl+Shift+Z"_s), QKeySequence(u"Ctrl+Y"_s)}));
    redo->setObjectName(u"redoAction"_s);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    a = edit->addAction(tr("&Preferences..."), this, &MainWindow::openPreferences);
    a->setShortcuts(
        Shortcuts::standardWith(QKeySequence::Preferences, {QKeySequence(u"Ctrl+,"_s)}));
    a->setMenuRole(QAction::PreferencesRole);
    a->setObjectName(u"preferencesAction"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_entries.size(); ++i) {
        QAction *go = view->addAction(m_entries[i].label, this, [this, i] { showPage(i); });
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    // The text alternative to the charts: their numbers as tables (issue #13, item 6).
    a = view->addAction(tr("Chart &Data as Table..."), this,
                        [this] { ChartDataDialog::showFor(page(currentPage()), this); });
    a->setShortcut(QKeySequence(u"Ctrl+Shift+T"_s));
    a->setObjectName(u"chartDataAction"_s);
    view->addSeparator();
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *modes = new QActionGroup(appearance);
    const QList<QPair<QString, Appearance::Mode>> choices = {
        {tr("&System"), Appearance::Mode::System},
        {tr("&Light"), Appearance::Mode::Light},
        {tr("&Dark"), Appearance::Mode::Dark},
    };
    for (const auto &[label, mode] : choices) {
        QAction *choice = appearance->addAction(label);
        choice->setCheckable(true);
        choice->setChecked(mode == Appearance::stored());
        modes->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, mode = mode] {
            Appearance::store(mode);
            Appearance::apply(qApp, mode);
            // Charts take their colours from the palette when they are built.
            m_notifier->notify(ChangeNotifier::Everything);
        });
    }
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(language);
    const QString current = Languages::preferred();
    for (const Languages::Language &lang : Languages::available()) {
        QAction *choice = language->addAction(lang.nativeName);
        choice->setCheckable(true);
        choice->setChecked(lang.code == current);
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code = lang.code] {
            Languages::setPreferred(code);
            Dialogs::information(this, tr("Language"),
                                 tr("The new language is used from the next start of "
                                    "Career Workbench."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    a = help->addAction(tr("&Getting Started..."), this, [this] {
        if (m_document->database())
            OnboardingWizard::showFor({m_document->database(), m_undoStack, m_notifier}, this);
    });
    a->setObjectName(u"gettingStartedAction"_s);
    a = help->addAction(tr("&About Career Workbench"), this, &MainWindow::about);
    a->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::openWorkbench(const QString &path)
{
    if (m_document->open(path))
        return true;
    Dialogs::warning(this, tr("Cannot Open Workbench"), m_document->lastError());
    return false;
}

Page *MainWindow::page(int index) const
{
    return index >= 0 && index < m_pages.size() ? m_pages[index] : nullptr;
}

Page *MainWindow::page(const QString &name) const
{
    return page(pageIndex(name));
}

int MainWindow::pageIndex(const QString &name) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].name == name)
            return i;
    return -1;
}

void MainWindow::showPage(const QString &name, qint64 itemId)
{
    const int index = pageIndex(name);
    showPage(index);
    if (itemId > 0 && page(index))
        page(index)->showItem(itemId);
}

QWidget *MainWindow::frameOf(Page *page)
{
    // The page sits in the scroll area's viewport.
    QWidget *viewport = page->parentWidget();
    return viewport && viewport->parentWidget() ? viewport->parentWidget() : page;
}

int MainWindow::currentPage() const
{
    return m_navigation->currentRow();
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index); // re-enters through currentRowChanged
    m_stack->setCurrentWidget(frameOf(m_pages[index]));
    m_pages[index]->ensureLoaded();
}

void MainWindow::rebuildPages()
{
    const int current = m_navigation->currentRow() >= 0
        ? m_navigation->currentRow()
        : QSettings().value("mainWindow/page"_L1, 0).toInt();
    // The old pages were built for the previous file: it stays open until they are gone.
    // Taking them off screen lets an editor that had the focus commit what was typed, into
    // that file; only then is the undo stack (all of it about that file) cleared.
    const std::shared_ptr<Database> previous = m_document->takePreviousDatabase();
    for (Page *p : std::as_const(m_pages)) {
        QWidget *frame = frameOf(p);
        m_stack->removeWidget(frame);
        connect(p, &QObject::destroyed, this, [previous] {});
        frame->deleteLater(); // and the page in it
    }
    m_pages.clear();
    m_undoStack->clear();

    m_navigation->setEnabled(true);
    const WorkbenchContext ctx {m_document->database(), m_undoStack, m_notifier};
    for (const PageEntry &entry : std::as_const(m_entries)) {
        Page *p = entry.create(ctx, this);
        p->setObjectName(entry.name);
        m_pages << p;
        // A page taller or wider than a small screen scrolls; it never makes the window
        // bigger than the screen (which would hide the status bar and the page's bottom).
        auto *frame = new QScrollArea(m_stack);
        frame->setObjectName(entry.name + u"Frame"_s);
        frame->setWidgetResizable(true);
        frame->setFrameShape(QFrame::NoFrame);
        // Not a Tab stop of its own (it would be one with nothing to show focus): Tab to a
        // control scrolls it into view.
        frame->setFocusPolicy(Qt::NoFocus);
        frame->setWidget(p);
        m_stack->addWidget(frame);
        connect(p, &Page::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 5000); });
        connect(p, &Page::openRequested, this,
                [this](const QString &name, qint64 id) { showPage(name, id); });
    }
    updateTitle();
    if (const QString backup = m_document->database()->backupPath(); !backup.isEmpty()) {
        statusBar()->showMessage(
            tr("This workbench was updated to the current version; a copy of it as it was is "
               "kept in %1.")
                .arg(QDir::toNativeSeparators(backup)));
    }
    // Load the visible page after the window has painted, never before.
    const int target = qBound(0, current, int(m_pages.size()) - 1);
    QTimer::singleShot(0, this, [this, target] { showPage(target); });
    if (m_document->database()->createdNew() && !Dialogs::testMode()) // the first-run guide
        OnboardingWizard::showFor(ctx, this);
}

void MainWindow::updateTitle()
{
    const QString path = m_document->path();
    setWindowFilePath(path);
    setWindowTitle(path.isEmpty() ? tr("Career Workbench")
                                  : tr("%1 - Career Workbench").arg(QFileInfo(path).fileName()));
    m_fileLabel->setText(path.isEmpty()
                             ? QString()
                             : tr("%1 (schema %2)")
                                   .arg(QDir::toNativeSeparators(path),
                                        QString::number(m_document->database()->schemaVersion())));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Career Workbench"),
        tr("<h3>Career Workbench %1</h3>"
           "<p>A private, offline workbench for a career in AI engineering: skills on a roadmap, "
           "certifications ranked by return, portfolio projects and interview practice.</p>"
           "<p>Your data stays in one file on your computer:<br/>%2</p>")
            .arg(QStringLiteral(CW_VERSION_STRING),
                 QDir::toNativeSeparators(m_document->path()).toHtmlEscaped()));
}

QList<SettingsPanel *> MainWindow::createSettingsPanels(const WorkbenchContext &context)
{
    QList<SettingsPanel *> panels;
    panels << new ProfilePanel(context);
    panels << new SkillsSettingsPanel(context);
    panels << new RoiSettingsPanel(context);
    panels << new InterviewSettingsPanel(context);
    return panels;
}

QSize MainWindow::firstSize(const QSize &available)
{
    // Roomy where there is room; on a small screen the whole available area, less what the
    // window frame and title bar take (which resize() does not count).
    const QSize frame(16, 48);
    return QSize(1200, 780).boundedTo(available - frame).expandedTo(QSize(640, 400));
}

void MainWindow::openPreferences()
{
    if (!m_document->database())
        return;
    const WorkbenchContext ctx {m_document->database(), m_undoStack, m_notifier};
    PreferencesDialog dialog(ctx, createSettingsPanels(ctx), this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue("mainWindow/geometry"_L1, saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        settings.setValue("mainWindow/splitter"_L1, splitter->saveState());
    settings.setValue("mainWindow/page"_L1, currentPage());
    event->accept();
}
