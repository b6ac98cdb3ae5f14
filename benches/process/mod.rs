//! What a benchmark's own process has used: its user and system CPU time, which tell the work
//! of chancery's code from the file system's (a build writes tens of thousands of files, and the
//! kernel's time for them varies from run to run far more than the code's).

/// Linux reports process times in /proc in units of USER_HZ, which is 100 on every
/// architecture it exports them for.
pub const TICKS_PER_SECOND: f64 = 100.0;

/// The user and the system time of all the process's threads so far, in clock ticks
/// (/proc/self/stat fields 14 and 15, counted after the command name, which may hold spaces).
pub fn cpu_ticks() -> (u64, u64) {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let field = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok());
    (field(11).unwrap_or(0), field(12).unwrap_or(0))
}
