#pragma once

#include "domain/validation.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

// The one way a dialog or editor shows what a validator (core) finds wrong: a message beside
// or under the field, in the one error style (highlight colour, bold, plain text, wrapped),
// hidden while the field is fine. Each editor keeps one FieldProblems for its fields.
class FieldProblems
{
public:
    enum class Place {
        Beside, // the message to the right of the field
        Below, // the message under the field
    };

    // A label in the error style, hidden until it has a message.
    static QLabel *createLabel(QWidget *parent, const QString &objectName);
    // Gives LABEL the error style (for a label that is not one field's: a dialog's summary).
    static void style(QLabel *label);

    explicit FieldProblems(QWidget *parent);

    // The message label of FIELD (the validator's field name), created on first use and named
    // OBJECTNAME (FIELD + "Error" when empty).
    QLabel *label(const QString &field, const QString &objectName = QString());
    // WIDGET with FIELD's message beside or under it, as one row for a form; EXTRA (a button,
    // a second field) sits next to WIDGET.
    QWidget *row(QWidget *widget, const QString &field, Place place = Place::Below,
                 QWidget *extra = nullptr);

    // Shows each field's message (MESSAGEOF(field); empty: none) and hides the others.
    void show(const std::function<QString(const QString &field)> &messageOf);
    void show(const Problems &problems);
    void show(const QHash<QString, QString> &problems);
    void show(const QMap<QString, QString> &problems);

private:
    QWidget *m_parent;
    QHash<QString, QLabel *> m_labels;
};
