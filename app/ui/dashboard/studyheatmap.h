#pragma once

#include <QDate>
#include <QMap>
#include <QWidget>

// Study minutes per day as a grid of weeks (columns, oldest left) by weekdays (rows, Monday
// on top), darker for more study: the GitHub-style picture of the last half year. Each day
// has a tooltip; the accessible description says in words what the picture shows.
class StudyHeatmap : public QWidget
{
    Q_OBJECT
public:
    static constexpr int Weeks = 26;

    explicit StudyHeatmap(QWidget *parent = nullptr);

    // MINUTESPERDAY may hold any days; the grid shows the WEEKS weeks ending with TODAY's week.
    void setDays(const QMap<QDate, int> &minutesPerDay, const QDate &today);
    QDate firstDay() const { return m_first; }
    QDate today() const { return m_today; }
    int minutesOn(const QDate &day) const { return m_days.value(day); }
    // The text the tooltip of DAY shows.
    QString dayText(const QDate &day) const;
    // The same picture in words (also the accessible description).
    QString summary() const;
    // 0 (nothing) .. 4 (two hours or more).
    static int shade(int minutes);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRect cellRect(const QDate &day) const;
    QDate dayAt(const QPoint &pos) const;
    QColor colour(int shade) const;
    int labelWidth() const;
    int cellTop() const;

    QMap<QDate, int> m_days;
    QDate m_first;
    QDate m_today;
};
