#pragma once

#include "common/page.h"

class QGridLayout;
class QLabel;
class QListWidget;
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
    void loadLearnNext();
    void loadDueTopics();

    QLabel *m_greeting;
    QLabel *m_summary;
    QGridLayout *m_cards;
    UpcomingList *m_upcoming;
    QListWidget *m_learnNext;
    QLabel *m_learnNextEmpty;
    QLabel *m_dueTopics;
};
