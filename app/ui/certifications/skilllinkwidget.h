#pragma once

#include "db/certificationrepository.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

// The skills a certification covers: a checkable list of the roadmap's skills with a filter.
class SkillLinkWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SkillLinkWidget(const QList<CertificationRepository::SkillChoice> &skills,
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
