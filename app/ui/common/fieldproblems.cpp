#include "fieldproblems.h"

#include <QBoxLayout>
#include <QLabel>
#include <QWidget>

using namespace Qt::StringLiterals;

QLabel *FieldProblems::createLabel(QWidget *parent, const QString &objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    style(l);
    l->hide();
    return l;
}

void FieldProblems::style(QLabel *label)
{
    // The highlight colour follows the palette (light and dark); bold tells it from help text.
    label->setStyleSheet(u"color: palette(highlight); font-weight: bold;"_s);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
}

FieldProblems::FieldProblems(QWidget *parent)
    : m_parent(parent)
{ }

QLabel *FieldProblems::label(const QString &field, const QString &objectName)
{
    if (QLabel *existing = m_labels.value(field))
        return existing;
    QLabel *l = createLabel(m_parent, objectName.isEmpty() ? field + u"Error"_s : objectName);
    m_labels.insert(field, l);
    return l;
}

QWidget *FieldProblems::row(QWidget *widget, const QString &field, Place place, QWidget *extra)
{
    auto *row = new QWidget(m_parent);
    QLabel *message = label(field);
    if (place == Place::Beside) {
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        // A field with a fixed width keeps to the left; others share the row with the message.
        if (widget->maximumWidth() < QWIDGETSIZE_MAX)
            h->addWidget(widget, 0, Qt::AlignLeft);
        else
            h->addWidget(widget, 1);
        if (extra)
            h->addWidget(extra);
        h->addWidget(message, 1);
        return row;
    }
    auto *v = new QVBoxLayout(row);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    if (extra) {
        auto *h = new QHBoxLayout;
        h->addWidget(widget, 1);
        h->addWidget(extra);
        v->addLayout(h);
    } else {
        v->addWidget(widget);
    }
    v->addWidget(message);
    return row;
}

void FieldProblems::show(const std::function<QString(const QString &)> &messageOf)
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QString message = messageOf(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
}

void FieldProblems::show(const Problems &problems)
{
    show([&](const QString &field) { return problems.message(field); });
}

void FieldProblems::show(const QHash<QString, QString> &problems)
{
    show([&](const QString &field) { return problems.value(field); });
}

void FieldProblems::show(const QMap<QString, QString> &problems)
{
    show([&](const QString &field) { return problems.value(field); });
}
