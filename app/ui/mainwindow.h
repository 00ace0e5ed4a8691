#pragma once

#include <QList>
#include <QMainWindow>
#include <QStyle>

#include <functional>

class ChangeNotifier;
class InterchangeController;
class DocumentController;
class Page;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;
class RecentFiles;
class SettingsPanel;
class TaskProgress;
struct WorkbenchContext;

// Assembles menus, navigation and pages. Page content lives in the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // One page of the window. Navigation, the View menu with its Ctrl+N shortcuts and the
    // pages themselves are all built from pageEntries(): a new page is one entry there.
    struct PageEntry
    {
        QString name; // the page's objectName, e.g. "skillsPage"
        QString label; // navigation and View menu
        QStyle::StandardPixmap icon;
        std::function<Page *(const WorkbenchContext &context, MainWindow *window)> create;
    };
    // pagelist.cpp
    QList<PageEntry> pageEntries() const;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens PATH as the workbench; false (with the reason in a message) if it was refused.
    bool openWorkbench(const QString &path);
    // The workbench to open at start: the last one used if it still exists, else the default.
    static QString startupPath();
    // The size of a first window (no saved geometry) on a screen with AVAILABLE room: it fits.
    static QSize firstSize(const QSize &available);
    DocumentController *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ChangeNotifier *notifier() const { return m_notifier; }
    Page *page(int index) const;
    Page *page(const QString &name) const;
    int pageIndex(const QString &name) const;
    int currentPage() const;
    void showPage(int index);
    void showPage(const QString &name, qint64 itemId = 0);
    TaskProgress *taskProgress() const { return m_taskProgress; }

protected:
    void closeEvent(QCloseEvent *event) override;
    // On the application: a file the system asks to open (macOS "Open with" and double-click
    // send a QFileOpenEvent, not a command-line argument).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The scroll area a page is shown in.
    static QWidget *frameOf(Page *page);
    void createMenus();
    QWidget *createNoWorkbenchState();
    void rebuildPages();
    void updateTitle();
    void about();
    void openPreferences();
    // The tabs of Edit > Preferences, one per area that has settings.
    QList<SettingsPanel *> createSettingsPanels(const WorkbenchContext &context);

    DocumentController *m_document;
    QUndoStack *m_undoStack;
    ChangeNotifier *m_notifier;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_fileLabel;
    QWidget *m_noWorkbench;
    RecentFiles *m_recent = nullptr;
    InterchangeController *m_interchange = nullptr;
    TaskProgress *m_taskProgress;
    QList<PageEntry> m_entries;
    QList<Page *> m_pages;
};
