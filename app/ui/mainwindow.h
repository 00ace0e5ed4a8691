#pragma once

#include <QList>
#include <QMainWindow>

class ChangeNotifier;
class DocumentController;
class Page;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;
class RecentFiles;
class SettingsPanel;
struct WorkbenchContext;

// Assembles menus, navigation and pages. Page content lives in the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum PageIndex { Dashboard, Skills, Certifications, Projects, Interviews, Reports, PageCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens PATH as the workbench; false (with the reason in a message) if it was refused.
    bool openWorkbench(const QString &path);
    // The workbench to open at start: the last one used if it still exists, else the default.
    static QString startupPath();
    DocumentController *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ChangeNotifier *notifier() const { return m_notifier; }
    Page *page(int index) const;
    int currentPage() const;
    void showPage(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
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
    QList<Page *> m_pages;
};
