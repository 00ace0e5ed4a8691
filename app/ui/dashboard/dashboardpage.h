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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadLearnNext();

signals:
    void navigateTo(int pageIndex);
    // Open a certification on its page.
    void certificationRequested(qint64 certificationId);
    // Show a skill on the Skills page.
    void skillRequested(qint64 skillId);

private:
    QLabel *m_greeting;
    QLabel *m_summary;
    QGridLayout *m_cards;
    UpcomingList *m_upcoming;
    QListWidget *m_learnNext;
    QLabel *m_learnNextEmpty;
    bool m_stale = false;
};
