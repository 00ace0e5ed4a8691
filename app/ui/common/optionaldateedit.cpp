#include "optionaldateedit.h"

#include "domain/datetext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFontMetrics>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(this))
    , m_edit(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_check->setToolTip(tr("Set a date"));
    setLabel(tr("Date"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(DateText::shortFormat());
    // The minimum date stands for "not set", shown as such instead of a made-up date.
    m_edit->setMinimumDate(QDate(1900, 1, 1));
    m_edit->setSpecialValueText(tr("Not set"));
    // The edit's size hint measures a date, not the special text: German "Nicht festgelegt"
    // was cut to "Nicht festgeleg". Widen it by what the special text needs beyond a date.
    const QFontMetrics metrics = m_edit->fontMetrics();
    const int dateWidth = metrics.horizontalAdvance(
        m_edit->locale().toString(m_edit->minimumDate(), m_edit->displayFormat()) + u' ');
    const int extra = metrics.horizontalAdvance(m_edit->specialValueText() + u' ') - dateWidth;
    if (extra > 0)
        m_edit->setMinimumWidth(m_edit->sizeHint().width() + extra);
    m_edit->setDate(m_edit->minimumDate());
    m_edit->setEnabled(false);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setEnabled(on);
        if (on && m_edit->date() == m_edit->minimumDate())
            m_edit->setDate(m_last.isValid() ? m_last : QDate::currentDate());
        else if (!on)
            m_edit->setDate(m_edit->minimumDate());
        emit dateChanged(date());
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (date().isValid())
            m_last = date();
        emit dateChanged(date());
    });
}

QDate OptionalDateEdit::date() const
{
    if (!m_check->isChecked() || m_edit->date() == m_edit->minimumDate())
        return {};
    return m_edit->date();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    const QSignalBlocker a(m_check);
    const QSignalBlocker b(m_edit);
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    m_edit->setDate(date.isValid() ? date : m_edit->minimumDate());
    if (date.isValid())
        m_last = date;
    emit dateChanged(this->date());
}

void OptionalDateEdit::setLabel(const QString &label)
{
    QString name = label;
    name.remove(u'&');
    if (name.endsWith(u':'))
        name.chop(1);
    m_check->setAccessibleName(tr("%1: set a date").arg(name));
    m_edit->setAccessibleName(name);
}
