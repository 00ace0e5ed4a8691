#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

// A date that may be left unset: a check box switches the date edit on; unchecked it reads
// "Not set" and date() is a null QDate.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate date() const; // null when not set
    void setDate(const QDate &date);
    // Names the check box and the date field for screen readers after the form label
    // (e.g. "Exam date:"), which names only this composite widget.
    void setLabel(const QString &label);
    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    void dateChanged(const QDate &date);

private:
    QCheckBox *m_check;
    QDateEdit *m_edit;
    QDate m_last; // the last date set, restored when the box is ticked again
};
