#pragma once

#include "db/certificationrepository.h"
#include "domain/studysession.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

// Logs study time against one certification, optionally for one of the skills it covers.
class LogStudyDialog : public QDialog
{
    Q_OBJECT
public:
    LogStudyDialog(const Certification &certification,
                   const QList<CertificationRepository::SkillChoice> &skills,
                   QWidget *parent = nullptr);

    StudySession session() const;

public slots:
    void accept() override;

private:
    qint64 m_certificationId;
    QDateEdit *m_date;
    QDoubleSpinBox *m_hours;
    QComboBox *m_skill;
    QLineEdit *m_note;
    QLabel *m_hoursError;
};
