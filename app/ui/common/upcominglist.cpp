#include "upcominglist.h"

#include "domain/certificationtext.h"
#include "domain/datetext.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

UpcomingList::UpcomingList(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(
        tr("<b>Next %n days</b>", nullptr, CertificationCalendar::DefaultWindowDays), this);
    layout->addWidget(heading);
    m_list->setObjectName(u"upcomingList"_s);
    m_list->setAccessibleName(tr("Exams, expiries and renewals due"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setIconSize(QSize(16, 16));
    layout->addWidget(m_list, 1);
    m_empty->setObjectName(u"upcomingEmptyLabel"_s);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No exams, expiries or renewals in the next %n days.", nullptr,
                        CertificationCalendar::DefaultWindowDays));
    layout->addWidget(m_empty);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit certificationActivated(item->data(IdRole).toLongLong());
    });
}

void UpcomingList::setEvents(const QList<CertificationCalendar::Event> &events)
{
    m_list->clear();
    const QLocale locale;
    if (m_examIcon.isNull()) {
        m_examIcon = style()->standardIcon(QStyle::SP_FileDialogInfoView);
        m_warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    for (const CertificationCalendar::Event &e : events) {
        using Kind = CertificationCalendar::Event::Kind;
        const QIcon &icon = e.kind == Kind::Exam ? m_examIcon : m_warningIcon;
        auto *item = new QListWidgetItem(
            icon,
            tr("%1: %2\n%3, %4")
                .arg(CertificationText::eventKind(e.kind), e.certificationName,
                     DateText::shortDate(e.date, locale), CertificationText::daysAway(e.daysAway)),
            m_list);
        item->setData(IdRole, e.certificationId);
    }
    m_list->setVisible(!events.isEmpty());
    m_empty->setVisible(events.isEmpty());
}

int UpcomingList::count() const
{
    return m_list->count();
}
