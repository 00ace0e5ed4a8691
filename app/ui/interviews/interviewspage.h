#pragma once

#include "common/page.h"
#include "domain/interviewsession.h"

class ApplicationsView;
class InterviewCharts;
class InterviewFilterBar;
class InterviewFilterProxy;
class InterviewSessionsModel;
class InterviewStore;
class PracticePanel;
class QuestionBankView;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

// Interviews: the sessions (filtered, sorted, logged and edited here), what to practise next,
// applications through their stages, the question bank and charts of progress. Every change
// is an undo command on the shared stack.
class InterviewsPage : public Page
{
    Q_OBJECT
public:
    explicit InterviewsPage(const WorkbenchContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Interviews"); }
    void reload() override;
    void showItem(qint64 id) override { editSession(id); }

    InterviewStore *store() const { return m_store; }
    InterviewSessionsModel *model() const { return m_model; }
    InterviewFilterProxy *proxy() const { return m_proxy; }

    // The actions behind the buttons: dialogs open window-modal without blocking, and what
    // they return is pushed as an undo command.
    void logSession(const InterviewSession &prefilled = InterviewSession());
    void editSelected();
    void editSession(qint64 id);
    void deleteSelected();
    void addSelectedQuestionsToBank();
    void startDrill();
    // Import CSV...: picks a file and opens the preview (the import runs off the GUI thread).
    void importCsv();
    void exportCsv();
    PracticePanel *practice() const { return m_practice; }
    ApplicationsView *applications() const { return m_applications; }
    InterviewCharts *charts() const { return m_charts; }
    QuestionBankView *questionBank() const { return m_bank; }

    // The page sits in the main window's scroll area, which takes heightForWidth() as the
    // height the page cannot do without. A layout answers with its preferred height, and the
    // tabs with the preferred height of their tallest page (a chart, once shown, prefers the
    // size it was last given): at 1024x640 the page scrolled with room to spare. It answers
    // with its minimum height, so it scrolls only when that does not fit. (Its width never
    // falls below its minimum width, where the intro line's wrapping is counted.)
    int heightForWidth(int width) const override;

private:
    void refreshOverview();
    void updateCount();
    void loadCharts();
    void updateButtons();
    qint64 selectedId() const;
    void selectId(qint64 id);
    QWidget *createSessionsTab();
    QString addFormat(const QString &name);
    void openEditor(const InterviewSession &initial);

    InterviewStore *m_store;
    InterviewSessionsModel *m_model;
    InterviewFilterProxy *m_proxy;
    QTabWidget *m_tabs;
    QTableView *m_table;
    PracticePanel *m_practice;
    ApplicationsView *m_applications;
    InterviewCharts *m_charts;
    QuestionBankView *m_bank;
    InterviewFilterBar *m_filters;
    QLabel *m_countLabel;
    QHBoxLayout *m_sessionButtons = nullptr;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_toBank;
};
