#pragma once

#include "common/page.h"

#include "domain/roadmap.h"

#include <optional>

class ProgressPanel;
class QGridLayout;
class QLabel;
class QListWidget;
class QVBoxLayout;
class UpcomingList;

// The first page: who the workbench belongs to and what it holds, with a way into each area.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(const WorkbenchContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Dashboard"); }
    void reload() override;

private:
    // False, with the reason, when the study log or the level history cannot be read.
    bool loadProgress(const std::optional<Roadmap> &roadmap, QString *readError);
    void loadLearnNext(const std::optional<Roadmap> &roadmap, const QString &error);
    void loadDueTopics();

    QLabel *m_greeting;
    QLabel *m_summary;
    ProgressPanel *m_progress;
    QGridLayout *m_cards;
    UpcomingList *m_upcoming;
    QListWidget *m_learnNext;
    QLabel *m_learnNextEmpty;
    QLabel *m_dueTopics;
    QVBoxLayout *m_nextColumn = nullptr;
    QVBoxLayout *m_sideColumn = nullptr;
};
