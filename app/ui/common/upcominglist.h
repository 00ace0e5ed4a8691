#pragma once

#include "calc/certificationcalendar.h"

#include <QIcon>
#include <QWidget>

class QLabel;
class QListWidget;

// What is due in the next 90 days: exams, expiries and renewals, soonest first. Activating an
// entry asks to open its certification.
class UpcomingList : public QWidget
{
    Q_OBJECT
public:
    explicit UpcomingList(QWidget *parent = nullptr);

    void setEvents(const QList<CertificationCalendar::Event> &events);
    int count() const;

signals:
    void certificationActivated(qint64 certificationId);

private:
    QListWidget *m_list;
    QLabel *m_empty;
    // Loaded once: a style's standard icon is decoded from PNG on every call.
    QIcon m_examIcon;
    QIcon m_warningIcon;
};
