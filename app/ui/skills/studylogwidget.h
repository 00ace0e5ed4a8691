#pragma once

#include "domain/studysession.h"

#include <QList>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QDoubleSpinBox;
class QTableWidget;
class RoadmapStore;

// The study sessions of the shown skill, with a line to log a new one.
class StudyLogWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StudyLogWidget(RoadmapStore *store, QWidget *parent = nullptr);

    void showSkill(qint64 skillId);
    void refresh();

private:
    void logSession();
    void deleteSelected();

    RoadmapStore *m_store;
    qint64 m_skillId = 0;
    QList<StudySession> m_sessions;
    QTableWidget *m_table;
    QLabel *m_total;
    QDateEdit *m_date;
    QDoubleSpinBox *m_hours;
    QLineEdit *m_note;
    QPushButton *m_log;
    QPushButton *m_delete;
    QLabel *m_hoursLabel;
};
