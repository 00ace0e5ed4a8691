#pragma once

#include "calc/jobmatcher.h"
#include "domain/jobapplication.h"
#include "domain/jobpostingentry.h"

#include <QPointer>
#include <QWidget>

class BackgroundTask;

class JobMatchModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

// One posting and how the roadmap matches it: its title, company and application link, its
// text, the score and every requirement as proven / claimed / missing with the skill and the
// evidence. A posting not kept yet is a draft: text typed or pasted is matched as it comes (a
// short pause after the last key, so typing never waits for it) and Keep Posting saves it.
// The editor writes nothing itself: it says what the user asked for and the page pushes the
// undo commands.
class PostingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PostingEditor(QWidget *parent = nullptr);

    // What matching reads (JobMatchRepository::skills), and the common terms of JobMatchRepository.
    void setSkills(const QList<SkillProfile> &skills, const QStringList &vocabulary);
    void setApplications(const QList<JobApplication> &applications);
    // Shows POSTING (id 0: an empty draft).
    void showPosting(const JobPostingEntry &posting);
    void startDraft();
    bool isDraft() const { return m_posting.id == 0; }
    const JobPostingEntry &posting() const { return m_posting; }

    // The posting as shown now (a draft's title falls back to its first line).
    JobPostingEntry edited() const;
    // Matches the text now rather than after the pause (tests, before an action).
    void matchNow();
    // Postings longer than this (characters) are matched on a worker after the pause, so a
    // big posting never makes typing wait; shorter ones take a few milliseconds and are
    // matched at once.
    static constexpr int BackgroundMatchCharacters = 32 * 1024;
    // Whether a match is running on a worker (its result replaces the shown one when done).
    bool isMatching() const { return !m_matchTask.isNull(); }
    const JobMatch &match() const;
    JobMatchModel *model() const { return m_model; }

    static QString applicationLabel(const JobApplication &a);

signals:
    // A match was shown (at once, or when a worker finished it).
    void matched();
    void keepRequested();
    // A kept posting's title, company, text or application changed: AFTER is the new posting.
    void editRequested(const JobPostingEntry &after, const QString &what);
    void tailorRequested();
    void addMissingRequested();

private:
    void scheduleMatch();
    void matchAfterPause();
    JobPosting currentPosting() const;
    void showMatch(const JobMatch &match, bool postingIsEmpty);
    void commitFields();
    void commitText();
    void updateState();
    bool eventFilter(QObject *watched, QEvent *event) override;

    JobPostingEntry m_posting;
    QList<SkillProfile> m_skills;
    QStringList m_vocabulary;
    JobPosting m_parsed;
    bool m_filling = false;
    QLineEdit *m_title;
    QLineEdit *m_company;
    QComboBox *m_application;
    QLabel *m_source;
    QPlainTextEdit *m_text;
    QLabel *m_score;
    QLabel *m_counts;
    JobMatchModel *m_model;
    QTableView *m_table;
    QPushButton *m_keep;
    QPushButton *m_tailor;
    QPushButton *m_addMissing;
    QTimer *m_matchTimer;
    QPointer<BackgroundTask> m_matchTask;
    int m_matchGeneration = 0; // a newer match makes a running one's result stale
};
