#pragma once

#include "calc/jobmatcher.h"
#include "common/page.h"
#include "domain/jobpostingentry.h"

#include <QPointer>

#include <functional>

class BackgroundTask;
class JobPostingsModel;
class JobStore;
class PostingEditor;
class QPushButton;
class QTableView;

// Job Match: "how well do I match this posting, what should I put first, and what is missing?"
// Postings are pasted as text or loaded from JSON Resume job files and kept in the workbench;
// for the selected one (or a draft being pasted) every requirement shows as proven, claimed or
// missing with the roadmap skill and the evidence behind it, and a score. Tailor Resume sets
// the Resume's target role from it; Add Missing to Roadmap puts what is missing into the
// learn-next ranking. Every change is an undo command on the shared stack.
class JobMatchPage : public Page
{
    Q_OBJECT
public:
    explicit JobMatchPage(const WorkbenchContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Job Match"); }
    void reload() override;
    void showItem(qint64 id) override;

    JobStore *store() const { return m_store; }
    JobPostingsModel *model() const { return m_model; }
    PostingEditor *editor() const { return m_editor; }

    // The actions behind the buttons.
    void newPosting();
    void loadJobFile();
    void keepDraft();
    void deleteSelected();
    void tailorResume();
    void addMissing();
    qint64 selectedId() const;
    void selectId(qint64 id);
    // Whether the kept postings are being matched on a worker (after a reload: their scores
    // fill in when it is done).
    bool isScoring() const { return !m_scoreTask.isNull(); }
    BackgroundTask *scoringTask() const { return m_scoreTask; }
    // Tests: GATE runs on the worker after the postings are matched, before the result is
    // handed back (to hold one worker while a newer reload starts another).
    void setScoringGateForTests(std::function<void()> gate) { m_scoringGate = std::move(gate); }

signals:
    // The kept postings' scores are in the list.
    void postingsScored();

private:
    void reloadSkills();
    void reloadPostings();
    void showSelected();
    void scorePostings(const QList<JobPostingEntry> &postings);

    JobStore *m_store;
    JobPostingsModel *m_model;
    QTableView *m_table;
    PostingEditor *m_editor;
    QList<SkillProfile> m_skills; // read once per reload: typing never queries the database
    QPushButton *m_delete;
    bool m_reloading = false;
    QPointer<BackgroundTask> m_scoreTask;
    int m_scoreGeneration = 0; // a newer reload makes a running scoring's result stale
    std::function<void()> m_scoringGate;
};
