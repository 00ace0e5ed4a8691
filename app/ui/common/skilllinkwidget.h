#pragma once

#include "db/certificationrepository.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

// The roadmap skills an item shows (a certification covers, a project uses): a checkable list
// of the roadmap's skills with a filter. INTRO says what ticking a skill means.
class SkillLinkWidget : public QWidget
{
    Q_OBJECT
public:
    SkillLinkWidget(const QList<CertificationRepository::SkillChoice> &skills, const QString &intro,
                    QWidget *parent = nullptr);

    void setChecked(const QList<qint64> &skillIds);
    QList<qint64> checked() const; // sorted

signals:
    void changed();

private:
    void applyFilter(const QString &text);
    void updateCount();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_count;
};
