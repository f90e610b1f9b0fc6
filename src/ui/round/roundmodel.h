#pragma once
// Today's round for the signed-in worker (the home page): the visits assigned to them on the day,
// in planned-time order, with person, address, planned time and length, the other worker of a
// double-handed call and the status from the core fold. Loads off the GUI thread in one store
// read; reloads after every save (coalesced) and refolds the statuses every minute, so "Due" turns
// into "Late" by itself. Empties at once when the session locks.
#include "roundflags.h"
#include "roundvisits.h"
#include "ui/session/sessionfollower.h"
#include <QAbstractListModel>
#include <QDate>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace careround::ui {

class AppSession;

class RoundModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        careround::ui::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // Follows the device's today unless set.
    Q_PROPERTY(QDate day READ day WRITE setDay NOTIFY dayChanged)
    Q_PROPERTY(QString dayText READ dayText NOTIFY dayChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY statusesChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY statusesChanged)
    Q_PROPERTY(QString nextVisitId READ nextVisitId NOTIFY statusesChanged)
    // Its row, or -1: the page opens scrolled to it, past the visits already done.
    Q_PROPERTY(int nextVisitIndex READ nextVisitIndex NOTIFY statusesChanged)
    // The worker's own late-running warning for the first visit still to be made (core's
    // rules/latewarning): empty while on time; refolded with the statuses every minute.
    Q_PROPERTY(QString lateWarning READ lateWarning NOTIFY statusesChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        VisitIdRole = Qt::UserRole + 1,
        PersonIdRole,
        PersonNameRole, // the preferred name
        FullNameRole,
        AddressRole,
        StartTimeRole, // "08:00"
        TimeRangeRole, // "08:00 to 08:45"
        LengthRole, // "45 minutes"
        CallTypeRole, // "Morning call"
        DoubleHandedRole,
        PartnerTextRole, // "With Sam Cole", empty when single-handed
        StatusRole, // core code: "upcoming", "due", "late", "missed", "in_progress", "done", …
        StatusTextRole, // "Due now"
        StatusDetailRole, // "Due at 08:00", "Running 50 minutes late: not checked in"
        StatusToneRole, // VisitWords::Tone as int
        IsNextRole, // the first visit still to be made
        AllergyTextRole, // "Allergies: penicillin", empty when none recorded
        TimeCriticalTextRole, // "Time-critical medicine: Sinemet 08:00 ±30 min" (roundflags.h)
        ReablementTextRole, // "Reablement: 12 days left", empty without a running episode
    };
    Q_ENUM(Role)

    explicit RoundModel(QObject *parent = nullptr);

    AppSession *session() const { return m_follower.session(); }
    void setSession(AppSession *session);
    QDate day() const { return m_day; }
    void setDay(const QDate &day);
    QString dayText() const;
    int count() const { return int(m_visits.size()); }
    int doneCount() const;
    QString progressText() const; // "2 of 6 visits done"
    QString nextVisitId() const;
    int nextVisitIndex() const;
    QString lateWarning() const;
    bool loading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    QString errorMessage() const { return m_errorMessage; }
    const QList<RoundVisit> &visits() const { return m_visits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    Q_INVOKABLE int rowOf(const QString &visitId) const;

    // Tests: the moment statuses are folded at (default: the wall clock), and refolding now.
    void setNowForTests(const QDateTime &now);
    void refoldNow();

signals:
    void sessionChanged();
    void dayChanged();
    void countChanged();
    void statusesChanged();
    void loadingChanged();
    void errorMessageChanged();
    void loadFinished(); // a load finished and the rows are current

private:
    QDateTime now() const;
    const RoundVisit *firstToStart() const; // upcoming, due or late: the first still to be made
    void clear();
    void setVisits(QList<RoundVisit> visits);
    void setLoading(bool loading);
    void setError(const QString &message);

    SessionFollower m_follower;
    QDate m_day;
    bool m_dayFollowsToday = true;
    QList<RoundVisit> m_visits;
    QHash<QString, RoundFlags> m_flags; // visitId → time-critical and reablement flags
    bool m_loading = false;
    bool m_loaded = false;
    QString m_errorMessage;
    int m_generation = 0; // a reload or lock makes older results stale
    QTimer m_minuteTick;
    QDateTime m_nowForTests;
};

} // namespace careround::ui
