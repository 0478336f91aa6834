package cn.eco.enforcement.grid;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who is responsible where: look-ups over the enforcement grid. */
public interface GridApi {

	/** The member of staff with this login id. */
	Optional<StaffMember> findStaff(String userId);

	/**
	 * A person as people read them in records: 王强（wangqiang）, the name with the login id auditors search
	 * for; the id alone for someone not on the staff (an enterprise account, the administrator); null for null.
	 */
	default String nameWithId(String userId) {
		if (userId == null) {
			return null;
		}
		return findStaff(userId).map(s -> s.name() + "（" + userId + "）").orElse(userId);
	}

	/** Everybody on the staff, ordered by unit and id. */
	List<StaffMember> allStaff();

	/** Every squadron, ordered by code. */
	List<Squadron> squadrons();

	/** Every branch bureau with its squadrons, ordered by code. */
	List<BranchBureau> branchBureaus();

	/** The branch bureau (分局) a squadron belongs to, through its brigade. */
	Optional<String> branchOfSquadron(String squadronCode);

	/** The leader of a squadron, if one is appointed. */
	Optional<StaffMember> squadronLeader(String squadronCode);

	/** The squadron whose grid a township belongs to. */
	Optional<String> squadronOfTownship(String townshipCode);

	/** The name of a township (乡镇、街道), as people read it on a task card. */
	Optional<String> townshipName(String townshipCode);

	/** Township code → squadron code for the whole grid. */
	Map<String, String> townshipSquadrons();

	/** Every township with its squadron and whether its boundary is on record, ordered by code. */
	List<Township> townships();

	/**
	 * The township whose boundary contains the point (WGS-84 degrees), if any: how a place-based
	 * alarm finds its squadron. A point on a shared border belongs to one of the two townships.
	 */
	Optional<Township> townshipAt(double latitude, double longitude);

	/**
	 * Stores township boundaries from a GeoJSON FeatureCollection: each feature a Polygon or
	 * MultiPolygon with {@code properties.code} naming a township. All or none; a township's earlier
	 * boundary is replaced.
	 * @throws cn.eco.enforcement.shared.InvalidInputException naming the bad feature and field
	 */
	BoundaryImport importTownshipBoundaries(String geoJson, String importedBy);

	/** Every monitoring station, ordered by code. */
	List<Station> stations();

	/** The monitoring station with this code, with its squadron. */
	Optional<Station> findStation(String stationCode);

}
